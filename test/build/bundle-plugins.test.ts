// shareRuntime on a small source tree: what the entries share becomes imports of ./runtime and ./kernel,
// and each way an entry could end up carrying a second copy of a module fails the build by name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyRequiresOf, schemaTableOnFirstUse, shareRuntime } from '../../scripts/build/bundle-plugins.ts';

const TREE: Record<string, string> = {
  'kernel/index.ts': "export { shout } from './text.js';\n",
  'kernel/text.ts': 'export const shout = (text: string): string => text.toUpperCase();\n',
  'helper.ts': "export const exclaim = (text: string): string => text + '!';\n",
  'shared.ts': [
    "import { shout } from './kernel/index.js';",
    "import { exclaim } from './helper.js';",
    'export class Failure extends Error {}',
    'export const loud = (text: string): string => exclaim(shout(text));',
  ].join('\n'),
  'runtime.ts': "// what the entries share\nexport * from './shared.js';\n",
  'main.ts': "export { Failure, loud } from './shared.js';\nexport const main = 'main';\n",
  'other.ts': "export { Failure } from './shared.js';\nexport const other = 'other';\n",
};

let folder: string | undefined;
afterEach(() => {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Builds the tree, with `changes` applied, as tsup.config.ts builds the package; returns each output's text. */
async function bundle(changes: Record<string, string> = {}, format: BuildOptions['format'] = 'esm') {
  folder = mkdtempSync(join(tmpdir(), 'share-runtime-'));
  for (const [path, text] of Object.entries({ ...TREE, ...changes })) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const at = (path: string): string => join(folder!, path);
  const result = await build({
    entryPoints: {
      main: at('main.ts'),
      other: at('other.ts'),
      runtime: at('runtime.ts'),
      kernel: at('kernel/index.ts'),
      ...('third.ts' in changes ? { third: at('third.ts') } : {}),
    },
    outdir: at('out'),
    outExtension: format === 'cjs' ? { '.js': '.cjs' } : { '.js': '.js' },
    bundle: true,
    format,
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins: [shareRuntime({ kernel: at('kernel/index.ts'), runtime: at('runtime.ts'), apart: [], mainEntry: 'main' })],
  });
  return Object.fromEntries(result.outputFiles.map((file) => [file.path.slice(at('out/').length), file.text]));
}

/** The messages of the build's failure. */
async function failure(changes: Record<string, string>): Promise<string> {
  try {
    await bundle(changes);
  } catch (error) {
    return (error as { errors: { text: string }[] }).errors.map((e) => e.text).join('\n');
  }
  throw new Error('the build did not fail');
}

describe('shareRuntime', () => {
  it('bundles what the entries share once, in the runtime, which imports the kernel', async () => {
    const out = await bundle();
    expect(out['runtime.js']).toContain('Failure = class extends Error');
    expect(out['runtime.js']).toContain('from "./kernel.js"');
    expect(out['runtime.js']).not.toContain('toUpperCase');
    expect(out['kernel.js']).toContain('toUpperCase');
    for (const entry of ['main.js', 'other.js']) {
      expect(out[entry]).toContain('from "./runtime.js"');
      expect(out[entry]).not.toContain('extends Error');
    }
  });

  it('writes the CommonJS extension in a CommonJS build', async () => {
    const out = await bundle({}, 'cjs');
    expect(out['main.cjs']).toContain('require("./runtime.cjs")');
    expect(out['runtime.cjs']).toContain('require("./kernel.cjs")');
  });

  it('refuses an import of the kernel past its entry', async () => {
    expect(await failure({ 'other.ts': "export { shout } from './kernel/text.js';\n" })).toMatch(
      /other\.ts imports \.\/kernel\/text\.js: import the kernel through .*kernel\/index\.ts/,
    );
  });

  it('refuses an import of a module the runtime holds without exporting it', async () => {
    expect(await failure({ 'other.ts': "export { exclaim } from './helper.js';\n" })).toMatch(
      /other\.ts imports \.\/helper\.js, which the runtime bundles without exporting it/,
    );
  });

  it('refuses a module that the main entry and another entry would both hold', async () => {
    const solo = { 'solo.ts': 'export const solo = () => "solo";\n' };
    const message = await failure({
      ...solo,
      'main.ts': "export { solo } from './solo.js';\n",
      'other.ts': "export { solo } from './solo.js';\n",
    });
    expect(message).toMatch(/solo\.ts is bundled into .*main\.js and .*other\.js/);
  });

  it('lets two entries other than the main one both hold a module', async () => {
    const out = await bundle({
      'solo.ts': 'export const solo = () => "solo";\n',
      'other.ts': "export { solo } from './solo.js';\n",
      'third.ts': "export { solo } from './solo.js';\n",
    });
    expect(out['other.js']).toContain('"solo"');
    expect(out['third.js']).toContain('"solo"');
    expect(out['runtime.js']).not.toContain('"solo"');
  });

  it('refuses a runtime module that does more than re-export modules whole', async () => {
    expect(
      await failure({ 'runtime.ts': "export * from './shared.js';\nexport { solo } from './solo.js';\n" }),
    ).toMatch(/may only re-export modules whole; found: export \{ solo \}/);
  });
});

describe('schemaTableOnFirstUse and lazyRequiresOf', () => {
  const REPORT = [
    '// h',
    'import { reportValidator, schemaTable } from "./kernel.js";',
    'const schemas = /* @__PURE__ */ schemaTable(\'[{"type":"string"}]\');',
    'export const AEvent = /* @__PURE__ */ reportValidator(() => schemas(0));',
  ].join('\n');

  /** The report module built alone, as tsup builds both formats: as an ES module, with the output extension. */
  async function built(extension: '.js' | '.cjs'): Promise<string> {
    folder = mkdtempSync(join(tmpdir(), 'schema-table-'));
    const report = join(folder, 'report.js');
    writeFileSync(report, REPORT);
    const result = await build({
      entryPoints: [report],
      outdir: join(folder, 'out'),
      outExtension: { '.js': extension },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
      external: ['./kernel.js'],
      plugins: [schemaTableOnFirstUse(report, './data/table.cjs')],
    });
    return result.outputFiles[0]!.text;
  }

  it('keeps the literal in the ESM build', async () => {
    const esm = await built('.js');
    expect(esm).toContain('schemaTable(\'[{"type":"string"}]\')');
    expect(esm).not.toContain('__requireOnFirstUse__');
  });

  it('makes the CommonJS build require the table in a function, which lazyRequiresOf turns into a plain require', async () => {
    const cjs = await built('.cjs');
    expect(cjs).not.toContain('"type"');
    const finished = lazyRequiresOf(cjs, 1);
    expect(finished).toContain('schemaTable(() => require("./data/table.cjs"))');
    expect(finished).not.toContain('__requireOnFirstUse__');
  });

  it('lazyRequiresOf refuses a bundle with another count of placeholders, or a placeholder not called', () => {
    expect(() => lazyRequiresOf('a()', 1)).toThrow(
      /expected 1 call\(s\) of __requireOnFirstUse__ in the CommonJS bundle, found 0/,
    );
    expect(() => lazyRequiresOf('__requireOnFirstUse__("a");__requireOnFirstUse__("b")', 1)).toThrow(/found 2/);
    expect(() => lazyRequiresOf('const f = __requireOnFirstUse__;', 1)).toThrow(/found 1/);
    expect(lazyRequiresOf('a()', 0)).toBe('a()');
  });
});
