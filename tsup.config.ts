import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { defineConfig } from 'tsup';
import { importAsBuilt, lazyRequiresOf, schemaTableOnFirstUse, shareRuntime } from './scripts/build/bundle-plugins.ts';
import { splitSchemaTable } from './scripts/emit/write-report-module.ts';
import { lazyCommonJs } from './scripts/build/lazy-commonjs.ts';
import { lazyEntrySource, splitExports } from './scripts/build/lazy-entry.ts';

// The check validators (ajv standalone code, about 300 KB) are not printed into the library's bundles: esbuild
// re-indents nested code (ajv's 572 KB once became a 1.67 MB chunk), which V8 then reads at every cold
// start. They ship minified, apart, and import the kernel, dist/kernel.{js,cjs}, so the format checks
// exist once:
// - ESM: one file, dist/validators/check.js, with one export per event (only function declarations, so
//   any bundler keeps just the events an import reaches);
// - CommonJS: an index, dist/validators/check.cjs, that requires each event's file on its first call
//   (scripts/build/lazy-commonjs.ts), because CommonJS can load code on demand and a cold start meets one
//   event. The main entry loads the guards, the receiver and the report pass's schema table on first use
//   too (lazyMainEntry, schemaTableOnFirstUse).
// The published schemas and the examples (480 KB of data, each one object that no bundler can split) ship
// once, minified, as CommonJS, which both the ESM and the CommonJS files import.
const CHECK_MODULE = resolve('generated/validators/check.js');
const REPORT_MODULE = resolve('generated/validators/report.js');
/** Where the CommonJS runtime reads the report pass's schema table from, on first use. */
const SCHEMA_TABLE = './data/report-schemas.cjs';
const KERNEL = resolve('src/kernel/index.ts');
const RUNTIME = resolve('src/runtime.ts');
const DATA_MODULES = {
  'event-schemas': resolve('generated/event-schemas.ts'),
  examples: resolve('generated/examples.ts'),
};

async function buildSeparateFiles(): Promise<void> {
  for (const [name, path] of Object.entries(DATA_MODULES)) {
    // platform node: esbuild then annotates the exports so that Node's ESM loader finds them by name.
    await build({
      entryPoints: [path],
      outfile: `dist/data/${name}.cjs`,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'es2022',
      minify: true,
      logLevel: 'warning',
    });
  }
  const checks = await build({
    entryPoints: [CHECK_MODULE],
    outfile: 'dist/validators/check.js',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // Fully minified. (Before the check code lost ajv's error-count bookkeeping, syntax minification merged
    // its many block scopes and a user's minified bundle of parseEvent gzipped 8 KiB worse; now the bundle
    // is the same size either way, 30.3 KiB.)
    minify: true,
    legalComments: 'none',
    plugins: [importAsBuilt(KERNEL, '../kernel')],
    logLevel: 'warning',
    write: false,
  });
  await mkdir('dist/validators', { recursive: true });
  await writeFile('dist/validators/check.js', checks.outputFiles[0]!.text);
  // The same code as CommonJS that loads each event's checks on first use (see lazyCommonJs): an index,
  // dist/validators/check.cjs, and the files it requires, in dist/validators/check/.
  const source = await readFile(CHECK_MODULE, 'utf8');
  const lazy = await lazyCommonJs(source, CHECK_MODULE, 'check', (path) => {
    if (resolve(dirname(CHECK_MODULE), path).replace(/\.js$/, '.ts') !== KERNEL) {
      throw new Error(`${CHECK_MODULE} imports ${path}: only the kernel has a CommonJS file to require`);
    }
    return '../../kernel.cjs';
  });
  await rm('dist/validators/check', { recursive: true, force: true }); // no file of an earlier build stays
  await mkdir('dist/validators/check', { recursive: true });
  await writeFile('dist/validators/check.cjs', lazy.index);
  for (const [path, code] of lazy.files) await writeFile(resolve('dist/validators', path), code);
  // The report pass's schema table, which the CommonJS runtime requires on first use (schemaTableOnFirstUse).
  const { literal } = splitSchemaTable(await readFile(REPORT_MODULE, 'utf8'));
  await writeFile(resolve('dist', SCHEMA_TABLE), `"use strict";module.exports=${literal};\n`);
  // The placeholder schemaTableOnFirstUse leaves: once in the runtime, which holds the report pass, and in
  // no other CommonJS file (an entry that bundled the report module itself would hold one more).
  for (const file of await readdir('dist', { recursive: true })) {
    if (!file.endsWith('.cjs')) continue;
    const path = resolve('dist', file);
    const code = await readFile(path, 'utf8');
    const finished = lazyRequiresOf(code, file === 'runtime.cjs' ? 1 : 0);
    if (finished !== code) await writeFile(path, finished);
  }
  await lazyMainEntry();
}

/**
 * dist/index.cjs as a file that loads the guards and the receiver on first use (see lazyEntrySource);
 * tsup's bundle of the entry becomes dist/index.full.cjs. Which exports are the runtime's is read from
 * the built files themselves, loaded here and dropped from require's cache after.
 */
async function lazyMainEntry(): Promise<void> {
  const full = resolve('dist/index.full.cjs');
  await rename(resolve('dist/index.cjs'), full);
  const load = createRequire(full);
  const before = new Set(Object.keys(load.cache));
  try {
    const { eager, lazy } = splitExports(load(full), load(resolve('dist/runtime.cjs')));
    const source = lazyEntrySource({
      eager: { file: './runtime.cjs', names: eager },
      lazy: { file: './index.full.cjs', functions: lazy },
    });
    await writeFile(resolve('dist/index.cjs'), source);
  } finally {
    for (const key of Object.keys(load.cache)) if (!before.has(key)) delete load.cache[key];
  }
}

/** The entry points users import (package.json `exports`). */
const PUBLIC_ENTRIES = {
  index: 'src/index.ts',
  schemas: 'src/schemas.ts',
  'standard-schema': 'src/standard-schema.ts',
  node: 'src/node.ts',
  testing: 'src/testing.ts',
  'fast-check': 'src/fast-check.ts',
  vitest: 'src/vitest.ts',
};

export default defineConfig({
  entry: {
    ...PUBLIC_ENTRIES,
    // The zoom-cc-webhooks command. An entry of this build, not a build of its own, so that it imports the
    // runtime and the kernel the library ships instead of carrying copies; package.json `files` leaves out
    // the CommonJS file tsup also writes for it.
    cli: 'src/cli.ts',
    // What dist/validators/check.* and every entry import: an entry so that its file name is stable. Not in `exports`.
    kernel: 'src/kernel/index.ts',
    // What the entry points share (see src/runtime.ts). Not in `exports`.
    runtime: 'src/runtime.ts',
  },
  format: ['esm', 'cjs'],
  // Declarations for the entry points users import only: the command, the kernel and the runtime have no
  // types to offer.
  dts: { entry: PUBLIC_ENTRIES },
  clean: true,
  // No Node built-ins in the main entry: it runs on Node 20+, Bun, Deno, Workers and browsers. (The CLI
  // and ./node import `node:` modules: see `external`.)
  platform: 'neutral',
  target: 'es2022',
  treeshake: true,
  // Each entry is bundled whole, with what the entries share imported from dist/kernel and dist/runtime
  // (shareRuntime): code splitting made a dozen chunks, which Node's ESM loader resolves, reads and links
  // one by one at every cold start.
  splitting: false,
  sourcemap: false,
  outDir: 'dist',
  // Optional peers stay imports; they are the user's own copies. Node built-ins stay imports too, and keep
  // their `node:` prefix (tsup strips it by default), which Deno and Bun need and Node 20 understands.
  external: ['fast-check', 'vitest', /^node:/],
  removeNodeProtocol: false,
  esbuildPlugins: [
    importAsBuilt(CHECK_MODULE, './validators/check'),
    schemaTableOnFirstUse(REPORT_MODULE, SCHEMA_TABLE),
    ...Object.entries(DATA_MODULES).map(([name, path]) => importAsBuilt(path, `./data/${name}.cjs`)),
    shareRuntime({
      kernel: KERNEL,
      runtime: RUNTIME,
      apart: [CHECK_MODULE, ...Object.values(DATA_MODULES)],
      mainEntry: 'index',
    }),
  ],
  onSuccess: buildSeparateFiles,
});
