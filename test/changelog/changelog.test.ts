// CHANGELOG.md comes from the changesets: it must be what `npm run changelog` writes, and the release
// flow (`changeset version`, then `npm run changelog`) must turn the Unreleased section into the version's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGESET_BIN, expectedChangelog, pendingChangesets } from '../../scripts/changelog/expected-changelog.ts';
import { ROOT } from '../support/paths.ts';

describe('CHANGELOG.md', () => {
  it('is what the pending changesets say (run `npm run changelog` after adding one)', () => {
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toBe(expectedChangelog(ROOT));
  });

  it("lists every pending changeset's headline", () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const pending = pendingChangesets(ROOT);
    expect(pending.length).toBeGreaterThan(0);
    for (const file of pending) {
      const headline = readFileSync(join(ROOT, '.changeset', file), 'utf8')
        .split('---\n')[2]!
        .trim()
        .split('\n')[0]!;
      expect(changelog, file).toContain(`- ${headline}`);
    }
  });
});

describe('the release flow, on a scratch repository', () => {
  let repo: string;
  const changeset = (file: string, bump: string, text: string): void =>
    writeFileSync(join(repo, '.changeset', file), `---\n"zoom-contact-center-webhooks": ${bump}\n---\n\n${text}\n`);
  const version = (): void => {
    execFileSync(process.execPath, [CHANGESET_BIN, 'version'], { cwd: repo, stdio: 'pipe' });
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'zoom-changelog-'));
    mkdirSync(join(repo, '.changeset'));
    cpSync(join(ROOT, '.changeset', 'config.json'), join(repo, '.changeset', 'config.json'));
    cpSync(join(ROOT, '.changeset', 'README.md'), join(repo, '.changeset', 'README.md'));
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ name: 'zoom-contact-center-webhooks', version: '1.2.3' }),
    );
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('from no CHANGELOG.md, through a release, to the next changeset', () => {
    changeset('first.md', 'minor', 'Add a thing.\n\nWith details.');
    changeset('second.md', 'patch', 'Fix a thing.');
    const before = expectedChangelog(repo);
    expect(before).toBe(
      [
        '# zoom-contact-center-webhooks',
        '',
        '## Unreleased',
        '',
        'What the pending changesets in .changeset/ will release as 1.3.0 (`npm run release`).',
        '',
        '### Minor Changes',
        '',
        '- Add a thing.',
        '',
        '  With details.',
        '',
        '### Patch Changes',
        '',
        '- Fix a thing.',
        '',
      ].join('\n'),
    );
    writeFileSync(join(repo, 'CHANGELOG.md'), before);

    // npm run release: the real `changeset version`, then `npm run changelog`
    version();
    const released = expectedChangelog(repo);
    expect(released).not.toContain('Unreleased');
    expect(released).toMatch(
      /^# zoom-contact-center-webhooks\n\n## 1\.3\.0\n\n### Minor Changes\n\n- Add a thing\.\n\n {2}With details\.\n\n### Patch Changes\n\n- Fix a thing\.\n$/,
    );
    writeFileSync(join(repo, 'CHANGELOG.md'), released);

    // the next change goes above the released history, which stays as it was
    changeset('third.md', 'major', 'Remove a thing.');
    const next = expectedChangelog(repo);
    expect(next).toBe(
      `# zoom-contact-center-webhooks\n\n## Unreleased\n\nWhat the pending changesets in .changeset/ will release as 2.0.0 (\`npm run release\`).\n\n### Major Changes\n\n- Remove a thing.\n\n${released.slice(released.indexOf('## 1.3.0'))}`,
    );
    // writing it twice changes nothing
    writeFileSync(join(repo, 'CHANGELOG.md'), next);
    expect(expectedChangelog(repo)).toBe(next);
  });
});
