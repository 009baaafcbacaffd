// npm run changelog [-- --check]: writes CHANGELOG.md from the changesets (see expected-changelog.ts);
// with --check, only says whether it is current (exit 1 when it is not).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../spec-paths.ts';
import { expectedChangelog } from './expected-changelog.ts';

const path = join(ROOT, 'CHANGELOG.md');
const expected = expectedChangelog(ROOT);
const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error('CHANGELOG.md is not what the changesets say: run `npm run changelog`.');
    process.exitCode = 1;
  }
} else if (current !== expected) {
  writeFileSync(path, expected);
  console.log('CHANGELOG.md updated from .changeset/.');
} else {
  console.log('CHANGELOG.md is current.');
}
