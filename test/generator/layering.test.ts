// The layers read from the tree: scripts/ -> generated/ -> src/kernel/ <- the rest of src/. Every import
// of every file is parsed (static, dynamic, type-only and re-exports), so a shortcut across a layer fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { KERNEL_ENTRY } from '../../scripts/spec-paths.ts';
import { ROOT } from '../support/paths.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((path) => `${folder}/${path.split('\\').join('/')}`)
    .filter((path) => /\.(ts|js)$/.test(path) && statSync(join(ROOT, path)).isFile());
}

/** What `file` imports: repository paths (a .js specifier names its .ts source) or bare package names. */
function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) =>
    fileName.startsWith('.')
      ? relative(ROOT, resolve(dirname(join(ROOT, file)), fileName))
          .split('\\')
          .join('/')
          .replace(/\.js$/, '.ts')
      : fileName,
  );
}

const inside =
  (folder: string) =>
  (path: string): boolean =>
    path.startsWith(`${folder}/`);
const isPackage = (path: string): boolean =>
  !path.startsWith('.') && !/^(src|generated|scripts|test|bench)\//.test(path);
const fromSrc = inside('src');

/** What each layer may import. */
const RULES = {
  /** The kernel: itself and node's built-ins only (no package, nothing generated, nothing else of src/). */
  kernel: (to: string): boolean => inside('src/kernel')(to) || to.startsWith('node:'),
  /** Generated code: itself, packages, and of src/ only the kernel's entry module. */
  generated: (to: string): boolean => inside('generated')(to) || to === KERNEL_ENTRY || isPackage(to),
  /** The rest of src/: the kernel only through its entry, which the build ships as the one kernel file. */
  runtime: (to: string): boolean => !inside('src/kernel')(to) || to === KERNEL_ENTRY,
  /** Scripts: of src/, only the kernel. */
  scripts: (to: string): boolean => !fromSrc(to) || inside('src/kernel')(to),
};

const crossings = (files: string[], allowed: (to: string) => boolean): string[] =>
  files.flatMap((from) =>
    importsOf(from)
      .filter((to) => !allowed(to))
      .map((to) => `${from} -> ${to}`),
  );

describe('the layering', () => {
  const kernel = sourceFiles('src/kernel');
  const generated = sourceFiles('generated');
  const scripts = sourceFiles('scripts');
  const runtime = sourceFiles('src').filter((file) => !inside('src/kernel')(file));

  it('finds the files it judges, and their imports', () => {
    expect(kernel).toContain(KERNEL_ENTRY);
    expect(generated).toContain('generated/validators/check.js');
    expect(scripts).toContain('scripts/generate.ts');
    expect(importsOf('generated/guards.ts')).toContain(KERNEL_ENTRY);
  });

  it('src/kernel/ imports only itself and node built-ins', () => {
    expect(crossings(kernel, RULES.kernel)).toEqual([]);
  });

  it('generated/ imports from src/ only the kernel entry', () => {
    expect(crossings(generated, RULES.generated)).toEqual([]);
  });

  it('the rest of src/ imports the kernel through its entry only', () => {
    expect(runtime).toContain('src/parse/parse-event.ts');
    expect(crossings(runtime, RULES.runtime)).toEqual([]);
  });

  it('scripts/ import from src/ only the kernel', () => {
    expect(crossings(scripts, RULES.scripts)).toEqual([]);
  });

  it('refuses the shortcuts it exists for', () => {
    const kernelFile = `${dirname(KERNEL_ENTRY)}/example.ts`;
    expect(
      importsOf(kernelFile, "import type { EventMap } from '../../generated/types.js';").filter(
        (to) => !RULES.kernel(to),
      ),
    ).toEqual(['generated/types.ts']);
    expect(
      importsOf(kernelFile, "export { parseEvent } from '../parse/parse-event.js';").filter((to) => !RULES.kernel(to)),
    ).toEqual(['src/parse/parse-event.ts']);
    expect(
      importsOf('generated/guards.ts', "import { x } from '../src/kernel/create-guard.js';").filter(
        (to) => !RULES.generated(to),
      ),
    ).toEqual(['src/kernel/create-guard.ts']);
    expect(
      importsOf('src/parse/x.ts', "import type { Snapshot } from '../kernel/snapshot.js';").filter(
        (to) => !RULES.runtime(to),
      ),
    ).toEqual(['src/kernel/snapshot.ts']);
    expect(
      importsOf('scripts/x.ts', "const m = await import('../src/index.ts');").filter((to) => !RULES.scripts(to)),
    ).toEqual(['src/index.ts']);
  });
});
