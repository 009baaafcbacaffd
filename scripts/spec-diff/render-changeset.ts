// The diff as a changeset draft (.changeset/*.md): the implied bump in the front matter, a first line
// that `changeset version` puts in CHANGELOG.md as the entry's headline, then the changes grouped by
// bump. A draft: the maintainer reads it, edits the wording, and commits it with the new document.
import { impliedBump, type Bump, type SpecDiff } from './spec-change.ts';

const HEADINGS: Record<Bump, string> = {
  major: 'Breaking: deliveries valid until now may be refused',
  minor: 'Added or widened: more deliveries are accepted',
  patch: 'Descriptions and other annotations',
};

/** The changeset text, or undefined when the documents do not differ in any event or field. */
export function renderChangeset(diff: SpecDiff, packageName: string): string | undefined {
  const bump = impliedBump(diff);
  if (bump === undefined) return undefined;
  const items: Record<Bump, string[]> = { major: [], minor: [], patch: [] };
  for (const name of diff.removedEvents) items.major.push(`Removed event \`${name}\`.`);
  for (const name of diff.addedEvents) items.minor.push(`New event \`${name}\`.`);
  for (const change of diff.changes) {
    items[change.bump].push(
      `\`${change.event}\`${change.path === '' ? '' : ` \`${change.path}\``}: ${change.message}.`,
    );
  }
  const sections = (['major', 'minor', 'patch'] as const)
    .filter((level) => items[level].length > 0)
    .map((level) => `${HEADINGS[level]}:\n\n${items[level].map((item) => `- ${item}`).join('\n')}`);
  return [
    '---',
    `${JSON.stringify(packageName)}: ${bump}`,
    '---',
    '',
    `Update to version ${diff.newVersion} of Zoom's Contact Center webhook document (was ${diff.oldVersion}).`,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
