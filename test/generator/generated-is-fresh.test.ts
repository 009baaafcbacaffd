// generated/ and docs/events/ are written only by `npm run generate`: they must equal what a fresh run
// writes from spec/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../scripts/generate-files.ts';
import { CATALOGUE_DIR, ERRATA_JSON, GENERATED_DIR, SPEC_JSON } from '../../scripts/spec-paths.ts';
import { ROOT } from '../support/paths.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
    .sort();
}

describe('generated/ and the event catalogue', () => {
  it('equal a fresh `npm run generate`', async () => {
    const out = join(ROOT, GENERATED_DIR);
    const { files, catalogue } = await generateFiles({
      spec: join(ROOT, SPEC_JSON),
      errata: join(ROOT, ERRATA_JSON),
      out,
    });
    for (const [folder, written] of [
      [out, files],
      [join(ROOT, CATALOGUE_DIR), catalogue],
    ] as const) {
      expect(listFiles(folder), folder).toEqual([...written.keys()].sort());
      const stale = [...written]
        .filter(([path, contents]) => readFileSync(join(folder, path), 'utf8') !== contents)
        .map(([path]) => path);
      expect(stale, `${folder}: run \`npm run generate\` and commit the result`).toEqual([]);
    }
  });
});
