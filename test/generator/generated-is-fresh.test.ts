// generated/ is written only by `npm run generate`: it must equal what a fresh run writes from spec/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../scripts/generate-files.ts';
import { ERRATA_JSON, GENERATED_DIR, SPEC_JSON } from '../../scripts/spec-paths.ts';
import { ROOT } from '../support/paths.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
    .sort();
}

describe('generated/', () => {
  it('equals a fresh `npm run generate`', async () => {
    const out = join(ROOT, GENERATED_DIR);
    const { files } = await generateFiles({ spec: join(ROOT, SPEC_JSON), errata: join(ROOT, ERRATA_JSON), out });
    expect(listFiles(out)).toEqual([...files.keys()].sort());
    const stale = [...files].filter(([path, contents]) => readFileSync(join(out, path), 'utf8') !== contents).map(([path]) => path);
    expect(stale, 'run `npm run generate` and commit the result').toEqual([]);
  });
});
