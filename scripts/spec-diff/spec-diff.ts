// npm run spec:diff -- OLD.json NEW.json [--changeset FILE | --no-changeset]
// Compares two versions of Zoom's Contact Center webhook document (OpenAPI JSON, as published: errata
// are ours and not applied), prints what changed with the semver bump each change implies, and writes a
// changeset draft: by default into .changeset/, named after the new document's content, so that
// `changeset version` picks it up and a rerun replaces the same draft rather than adding another.
// Exit status: 0 done (changed or not), 1 a document cannot be read or normalised, 2 usage error.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { OpenApiDocument } from '../openapi.ts';
import { ROOT } from '../spec-paths.ts';
import { diffDocuments } from './diff-documents.ts';
import { renderChangeset } from './render-changeset.ts';
import { renderReport } from './render-report.ts';

const USAGE = 'usage: npm run spec:diff -- OLD.json NEW.json [--changeset FILE | --no-changeset]';

function readDocument(path: string): { document: OpenApiDocument; text: string } {
  const text = readFileSync(path, 'utf8');
  return { document: JSON.parse(text) as OpenApiDocument, text };
}

const parseDiffArgs = () =>
  parseArgs({
    options: { changeset: { type: 'string' }, 'no-changeset': { type: 'boolean' } },
    allowPositionals: true,
  });

function main(): number {
  let parsed: ReturnType<typeof parseDiffArgs>;
  try {
    parsed = parseDiffArgs();
  } catch (error) {
    console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2 || (values.changeset !== undefined && values['no-changeset'])) {
    console.error(USAGE);
    return 2;
  }
  const [oldPath, newPath] = positionals as [string, string];
  let before: ReturnType<typeof readDocument>;
  let after: ReturnType<typeof readDocument>;
  try {
    before = readDocument(oldPath);
    after = readDocument(newPath);
    const diff = diffDocuments(before.document, after.document);
    process.stdout.write(renderReport(diff, oldPath, newPath));
    const changeset = renderChangeset(
      diff,
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name,
    );
    if (changeset === undefined || values['no-changeset']) return 0;
    const digest = createHash('sha256').update(after.text).digest('hex').slice(0, 8);
    const target = resolve(values.changeset ?? join(ROOT, '.changeset', `zoom-document-${digest}.md`));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, changeset);
    console.log(
      `Changeset draft written to ${relative(process.cwd(), target) || target}: review its wording, then commit it with the new document.`,
    );
    return 0;
  } catch (error) {
    console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main();
