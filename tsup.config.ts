import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The check validators (ajv standalone code, 570 KB) are not printed into the library's chunks: esbuild
// re-indents their nested code to 1.7 MB, which V8 then reads at every cold start, once per format. They
// ship as their own minified file per format, dist/validators/check.{js,cjs}, which the library imports;
// it is ESM with one export per event (only function declarations, so any bundler keeps just the events
// an import reaches) and it imports the kernel, dist/kernel.{js,cjs}, so the format checks exist once.
// The published schemas and the examples (480 KB of data, each one object that no bundler can split)
// ship once, minified, as CommonJS, which both the ESM and the CommonJS files import.
const CHECK_MODULE = resolve('generated/validators/check.js');
const KERNEL = resolve('src/kernel/index.ts');
const DATA_MODULES = {
  'event-schemas': resolve('generated/event-schemas.ts'),
  examples: resolve('generated/examples.ts'),
};

/** Imports that resolve to `target` become imports of the built file `specifier` (+ the format's extension, unless it has one). */
function importAsBuilt(target: string, specifier: string): Plugin {
  const base = target.replace(/\.[jt]s$/, '');
  return {
    name: `import ${specifier} as built`,
    setup(plugin) {
      // tsup builds its CommonJS files as ESM and converts them after, so the output extension tells the format.
      const extension = specifier.endsWith('.cjs')
        ? ''
        : (plugin.initialOptions.outExtension?.['.js'] ?? (plugin.initialOptions.format === 'cjs' ? '.cjs' : '.js'));
      plugin.onResolve({ filter: /\.js$/ }, (args) =>
        args.kind !== 'entry-point' && resolve(args.resolveDir, args.path).replace(/\.js$/, '') === base
          ? { path: `${specifier}${extension}`, external: true }
          : undefined,
      );
    },
  };
}

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
  for (const format of ['esm', 'cjs'] as const) {
    await build({
      entryPoints: [CHECK_MODULE],
      outfile: `dist/validators/check.${format === 'cjs' ? 'cjs' : 'js'}`,
      bundle: true,
      format,
      platform: 'neutral',
      target: 'es2022',
      // Fully minified, both formats. (Before the check code lost ajv's error-count bookkeeping, syntax
      // minification of the ESM file merged its many block scopes and a user's minified bundle of
      // parseEvent gzipped 8 KiB worse; now the bundle is the same size either way, 30.3 KiB.)
      minify: true,
      legalComments: 'none',
      plugins: [importAsBuilt(KERNEL, '../kernel')],
      logLevel: 'warning',
    });
  }
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    'standard-schema': 'src/standard-schema.ts',
    node: 'src/node.ts',
    testing: 'src/testing.ts',
    'fast-check': 'src/fast-check.ts',
    vitest: 'src/vitest.ts',
    // The zoom-cc-webhooks command. An entry of this build, not a build of its own, so it shares the
    // validator chunk with the library instead of carrying a second copy; package.json `files` leaves out
    // the CommonJS and declaration files tsup also writes for it.
    cli: 'src/cli.ts',
    // What dist/validators/check.* import: an entry so that its file name is stable. Not in `exports`.
    kernel: 'src/kernel/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No Node built-ins in the main entry: it runs on Node 20+, Bun, Deno, Workers and browsers. (The CLI
  // and ./node import `node:` modules: see `external`.)
  platform: 'neutral',
  target: 'es2022',
  treeshake: true,
  splitting: true,
  sourcemap: false,
  outDir: 'dist',
  // Optional peers stay imports; they are the user's own copies. Node built-ins stay imports too, and keep
  // their `node:` prefix (tsup strips it by default), which Deno and Bun need and Node 20 understands.
  external: ['fast-check', 'vitest', /^node:/],
  removeNodeProtocol: false,
  esbuildPlugins: [
    importAsBuilt(CHECK_MODULE, './validators/check'),
    ...Object.entries(DATA_MODULES).map(([name, path]) => importAsBuilt(path, `./data/${name}.cjs`)),
  ],
  onSuccess: buildSeparateFiles,
});
