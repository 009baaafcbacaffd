// Zoom's own download of the Contact Center document uses OpenAPI 3.1's top-level `webhooks` map, and
// each request body carries a Markdown description (what triggers the event, its scopes). The same
// events in that shape generate the same validators (so they judge identically) and types of the same
// shape, with each description in its event interface's JSDoc.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { applyErrata, type ErrataFile } from '../../scripts/errata/apply-errata.ts';
import { generateFiles } from '../../scripts/generate-files.ts';
import { eventTypeNames } from '../../scripts/normalise/type-names.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';
import { ERRATA_JSON } from '../../scripts/spec-paths.ts';
import { readRepoFile, ROOT, specDocument } from '../support/paths.ts';
import { loadValidatorModule } from '../validators/load-validator-module.ts';
import { mutationsOf } from '../validators/mutations.ts';

const descriptionOf = (name: string): string =>
  `## ${name}\n\nFires when the ${name.split('.')[1]!.replace(/_/g, ' ')} happens.\n\n**Scopes:** ` +
  `\`contact_center:read:admin\`\n\n` +
  '**Granular scopes:** `contact_center:read:event:admin` (a comment closer */ stays text)';

/** The document's events (errata applied) under `paths` without descriptions, and under `webhooks` with them. */
function bothShapes(document: OpenApiDocument): [OpenApiDocument, OpenApiDocument] {
  const { paths, webhooks, ...rest } = structuredClone(document);
  const events = Object.entries({ ...paths, ...webhooks });
  const described = (name: string, description?: string) => {
    const { post } = Object.fromEntries(events)[name]!;
    const { description: _description, ...requestBody } = post.requestBody!;
    return {
      post: { ...post, requestBody: description === undefined ? requestBody : { ...requestBody, description } },
    };
  };
  const inPaths = Object.fromEntries(events.map(([name]) => [name, described(name)]));
  const inWebhooks = Object.fromEntries(events.map(([name]) => [name, described(name, descriptionOf(name))]));
  return [
    { ...rest, paths: inPaths } as OpenApiDocument,
    { ...rest, webhooks: inWebhooks } as unknown as OpenApiDocument,
  ];
}

/** A module without its first line (the header names the document it came from). */
const body = (code: string): string => code.slice(code.indexOf('\n') + 1);

/** TypeScript source with every comment removed, printed the same way. */
function withoutComments(source: string): string {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.ES2022, true);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

describe('the document in the `webhooks` shape, with descriptions', () => {
  let dir: string;
  let paths: Map<string, string>;
  let webhooks: Map<string, string>;

  beforeAll(async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.tmp', 'webhooks-shape-'));
    const corrected = applyErrata(specDocument(), JSON.parse(readRepoFile(ERRATA_JSON)) as ErrataFile);
    const [inPaths, inWebhooks] = bothShapes(corrected);
    writeFileSync(join(dir, 'paths.json'), JSON.stringify(inPaths));
    writeFileSync(join(dir, 'webhooks.json'), JSON.stringify(inWebhooks));
    const out = join(dir, 'out');
    ({ files: paths } = await generateFiles({ spec: join(dir, 'paths.json'), out, strictDocument: true }));
    ({ files: webhooks } = await generateFiles({ spec: join(dir, 'webhooks.json'), out, strictDocument: true }));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the same events', () => {
    expect(body(webhooks.get('event-names.ts')!)).toBe(body(paths.get('event-names.ts')!));
    expect(body(paths.get('event-names.ts')!)).toContain('"contact_center.task_created"');
  });

  it('writes the same validators', () => {
    for (const file of ['validators/check.js', 'validators/report.js', 'validator-table.ts', 'guards.ts']) {
      expect(body(webhooks.get(file)!), file).toBe(body(paths.get(file)!));
    }
  });

  it('whose verdicts are the same on every example and its mutations', () => {
    const [checkA, reportA] = [
      loadValidatorModule(paths.get('validators/check.js')!),
      loadValidatorModule(paths.get('validators/report.js')!),
    ];
    const [checkB, reportB] = [
      loadValidatorModule(webhooks.get('validators/check.js')!),
      loadValidatorModule(webhooks.get('validators/report.js')!),
    ];
    let refused = 0;
    for (const [name, typeName] of eventTypeNames(Object.keys(examples))) {
      const full = examples[name as keyof typeof examples];
      for (const value of [minimalExamples[name as keyof typeof examples], full, ...mutationsOf(full)]) {
        const verdicts = [checkA[typeName]!(value), reportA[typeName]!(value)];
        expect([checkB[typeName]!(value), reportB[typeName]!(value)]).toEqual(verdicts);
        if (!verdicts[0]) refused++;
      }
    }
    expect(refused).toBeGreaterThan(10_000);
  });

  it("writes types of the same shape, with each description in its event interface's JSDoc", () => {
    const [a, b] = [paths.get('types.ts')!, webhooks.get('types.ts')!];
    expect(withoutComments(body(b))).toBe(withoutComments(body(a)));
    expect(b).toContain(
      '/**\n * The `contact_center.task_created` event.\n *\n * ## contact_center.task_created\n *\n * Fires when ' +
        'the task created happens.\n' +
        ' *\n * **Scopes:** `contact_center:read:admin`\n *\n * **Granular scopes:** ' +
        '`contact_center:read:event:admin` (a comment closer *\\/ stays text)\n */\nexport interface ' +
        'TaskCreatedEvent {',
    );
    expect(a).toContain('/** The `contact_center.task_created` event. */\nexport interface TaskCreatedEvent {');
  });

  it('publishes the descriptions in the event schemas', () => {
    expect(webhooks.get('event-schemas.ts')).toContain(JSON.stringify(descriptionOf('contact_center.task_created')));
    expect(paths.get('event-schemas.ts')).not.toContain('**Scopes:**');
  });
});
