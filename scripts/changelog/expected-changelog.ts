// CHANGELOG.md comes from changesets only. Released versions are the sections `changeset version` wrote
// at each release; until the next release, an "Unreleased" section on top shows what the pending
// changesets will add, produced by running that same `changeset version` on a scratch copy (so its wording
// and grouping are exactly changesets', not a second implementation of them; only the commit hashes
// that a git checkout would add are missing). `npm run release` runs the real one and then this, which
// drops the Unreleased section as no changesets are left pending.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const UNRELEASED_HEADING = '## Unreleased';

/** Our own @changesets/cli, whichever repository is being described. */
export const CHANGESET_BIN = join(
  dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')),
  'bin.js',
);

const isVersionHeading = (line: string): boolean => line.startsWith('## ');

/** The text without its Unreleased section (from its heading to the next `## ` heading). */
function withoutUnreleased(changelog: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  if (start === -1) return changelog;
  let end = start + 1;
  while (end < lines.length && !isVersionHeading(lines[end]!)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** Changeset files waiting in `.changeset/` (every .md but its README). */
export function pendingChangesets(root: string): string[] {
  const folder = join(root, '.changeset');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort();
}

/** What `changeset version` would prepend to `released`: the new version and its section. */
function nextRelease(root: string, released: string, pending: string[]): { version: string; body: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'changelog-'));
  try {
    mkdirSync(join(scratch, '.changeset'));
    copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
    for (const file of ['config.json', ...pending])
      copyFileSync(join(root, '.changeset', file), join(scratch, '.changeset', file));
    writeFileSync(join(scratch, 'CHANGELOG.md'), released);
    execFileSync(process.execPath, [CHANGESET_BIN, 'version'], {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const lines = readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8').split('\n');
    const start = lines.findIndex(isVersionHeading);
    let end = start + 1;
    while (end < lines.length && !isVersionHeading(lines[end]!)) end++;
    return {
      version: lines[start]!.slice(3).trim(),
      body: lines
        .slice(start + 1, end)
        .join('\n')
        .trim(),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** CHANGELOG.md as it should be for the repository at `root`. */
export function expectedChangelog(root: string): string {
  const path = join(root, 'CHANGELOG.md');
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
  const released = withoutUnreleased(existsSync(path) ? readFileSync(path, 'utf8') : `# ${name}\n`);
  const pending = pendingChangesets(root);
  if (pending.length === 0) return released;
  const { version, body } = nextRelease(root, released, pending);
  const titleEnd = released.indexOf('\n') + 1;
  const history = released.slice(titleEnd).replace(/^\n+/, '');
  const unreleased = `${UNRELEASED_HEADING}\n\nWhat the pending changesets in .changeset/ will release as ${version} (\`npm run release\`).\n\n${body}\n`;
  return `${released.slice(0, titleEnd)}\n${unreleased}${history === '' ? '' : `\n${history}`}`;
}
