// npm run spec:diff on two versions of the document: ours, and a copy changed in known ways (derived
// here, in a temp dir). Each change must be found, at the right place, with the bump it implies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument, SchemaObject } from '../../scripts/openapi.ts';
import { diffDocuments } from '../../scripts/spec-diff/diff-documents.ts';
import { diffSchema } from '../../scripts/spec-diff/diff-schema.ts';
import { impliedBump } from '../../scripts/spec-diff/spec-change.ts';
import { ROOT, specDocument } from '../support/paths.ts';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SCRIPT = join(ROOT, 'scripts', 'spec-diff', 'spec-diff.ts');

/** The request body schema of an event, to edit in place. */
const bodyOf = (document: OpenApiDocument, event: string): SchemaObject =>
  document.paths[event]!.post.requestBody!.content['application/json']!.schema;
const objectOf = (document: OpenApiDocument, event: string): SchemaObject =>
  bodyOf(document, event).properties!.payload!.properties!.object!;

/** Our document with one of each kind of change. */
function changedDocument(): OpenApiDocument {
  const document = structuredClone(specDocument());
  document.info.version = '1.1.0';
  delete document.paths['contact_center.task_deleted'];
  document.paths['contact_center.task_paused'] = structuredClone(document.paths['contact_center.task_created']!);
  const task = objectOf(document, 'contact_center.task_created');
  const props = task.properties!;
  delete props.flow_name;
  props.new_optional = { type: 'string', description: 'New.' };
  props.new_required = { type: 'integer' };
  task.required = [...(task.required ?? []), 'new_required', 'queue_name'];
  props.task_status!.enum = props.task_status!.enum!.filter((value) => value !== 'wrapping');
  props.channel_name!.enum = [...props.channel_name!.enum!, 'email'];
  props.flow_id!.description = 'The flow ID, reworded.';
  props.task_priority!.type = 'number';
  props.task_priority!.maximum = 10;
  props.cc_queue_id!.format = 'email';
  props.teams!.items!.properties!.team_id!.type = 'integer';
  // An event whose only change is a description: a patch.
  objectOf(document, 'contact_center.queue_created').description = 'Reworded.';
  return document;
}

describe('diffDocuments', () => {
  it('finds nothing between a document and itself', () => {
    const diff = diffDocuments(specDocument(), specDocument());
    expect(diff).toMatchObject({
      addedEvents: [],
      removedEvents: [],
      changes: [],
      oldEventCount: 122,
      newEventCount: 122,
    });
    expect(impliedBump(diff)).toBeUndefined();
  });

  it('finds every change, where it is, with the bump it implies', () => {
    const diff = diffDocuments(specDocument(), changedDocument());
    expect(diff.addedEvents).toEqual(['contact_center.task_paused']);
    expect(diff.removedEvents).toEqual(['contact_center.task_deleted']);
    expect(diff.newVersion).toBe('1.1.0');
    const task = diff.changes
      .filter((change) => change.event === 'contact_center.task_created')
      .map(({ path, bump, message }) => [path, bump, message]);
    expect(task).toEqual(
      expect.arrayContaining([
        ['payload.object.flow_name', 'major', 'field removed (string)'],
        ['payload.object.new_optional', 'minor', 'optional field added (string)'],
        ['payload.object.new_required', 'major', 'required field added (integer)'],
        ['payload.object.queue_name', 'major', 'field became required'],
        ['payload.object.task_status', 'major', 'enum value "wrapping" removed'],
        ['payload.object.channel_name', 'minor', 'enum value "email" added'],
        ['payload.object.flow_id', 'patch', 'description changed'],
        ['payload.object.task_priority', 'minor', 'type "integer" became "number"'],
        ['payload.object.task_priority', 'major', 'maximum 10 added'],
        ['payload.object.cc_queue_id', 'major', 'format "email" added'],
        ['payload.object.teams[].team_id', 'major', 'type "string" became "integer"'],
      ]),
    );
    expect(task).toHaveLength(11);
    expect(diff.changes.filter((change) => change.event === 'contact_center.queue_created')).toEqual([
      { event: 'contact_center.queue_created', path: 'payload.object', bump: 'patch', message: 'description changed' },
    ]);
    expect(new Set(diff.changes.map((change) => change.event))).toEqual(
      new Set(['contact_center.task_created', 'contact_center.queue_created']),
    );
    expect(impliedBump(diff)).toBe('major');
  });

  it('implies minor for additions only, and patch for descriptions only', () => {
    const added = structuredClone(specDocument());
    objectOf(added, 'contact_center.task_created').properties!.new_optional = { type: 'string' };
    expect(impliedBump(diffDocuments(specDocument(), added))).toBe('minor');
    const reworded = structuredClone(specDocument());
    objectOf(reworded, 'contact_center.task_created').properties!.flow_id!.description = 'Reworded.';
    expect(impliedBump(diffDocuments(specDocument(), reworded))).toBe('patch');
  });
});

describe('diffSchema, keyword by keyword', () => {
  const bumps = (before: SchemaObject, after: SchemaObject): string[] =>
    diffSchema(before, after, 'x', []).map((change) => `${change.bump} ${change.message}`);

  it.each<[string, SchemaObject, SchemaObject, string[]]>([
    [
      'type narrowed',
      { type: ['string', 'null'] },
      { type: 'string' },
      ['major type ["string","null"] became "string"'],
    ],
    [
      'type widened',
      { type: 'string' },
      { type: ['string', 'integer'] },
      ['minor type "string" became ["string","integer"]'],
    ],
    ['type dropped', { type: 'string' }, {}, ['minor type "string" became any']],
    [
      'enum added',
      { type: 'string' },
      { type: 'string', enum: ['a'] },
      ['major enum ["a"] added (only these values are accepted now)'],
    ],
    [
      'enum dropped',
      { type: 'string', enum: ['a'] },
      { type: 'string' },
      ['minor enum ["a"] removed (any value of the type is accepted now)'],
    ],
    [
      'format removed',
      { type: 'string', format: 'date-time' },
      { type: 'string' },
      ['minor format "date-time" removed'],
    ],
    [
      'format changed',
      { type: 'string', format: 'date-time' },
      { type: 'string', format: 'email' },
      ['major format "date-time" became "email"'],
    ],
    ['maxLength lowered', { maxLength: 10 }, { maxLength: 5 }, ['major maxLength 10 became 5']],
    ['minimum lowered', { minimum: 1 }, { minimum: 0 }, ['minor minimum 1 became 0']],
    [
      'closed to unknown fields',
      {},
      { additionalProperties: false },
      ['major additionalProperties absent became false'],
    ],
    [
      'opened to unknown fields',
      { additionalProperties: false },
      {},
      ['minor additionalProperties false became absent'],
    ],
    [
      'an alternative added',
      { oneOf: [{ type: 'string' }] },
      { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      ['major oneOf had 1 alternatives, now 2'],
    ],
    [
      'annotations',
      { deprecated: false, examples: [1] },
      { deprecated: true },
      ['patch deprecated changed', 'patch examples removed'],
    ],
    ['an unknown keyword', {}, { pattern: '^a' }, ['major pattern absent became "^a"']],
    ['nothing', { type: 'string', description: 'd' }, { description: 'd', type: 'string' }, []],
  ])('%s', (_name, before, after, expected) => {
    expect(bumps(before, after)).toEqual(expected);
  });
});

describe('npm run spec:diff', () => {
  let dir: string;
  let oldPath: string;
  let newPath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zoom-spec-diff-'));
    oldPath = join(dir, 'old.json');
    newPath = join(dir, 'new.json');
    writeFileSync(oldPath, JSON.stringify(specDocument()));
    writeFileSync(newPath, JSON.stringify(changedDocument(), null, 2));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [TSX, SCRIPT, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('prints the changes with their bumps and writes a changeset draft', () => {
    const draft = join(dir, 'drafts', 'update.md');
    const result = run(oldPath, newPath, '--changeset', draft);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('(version 1.0.0, 122 events) with');
    expect(result.stdout).toContain('(version 1.1.0, 122 events).');
    expect(result.stdout).toContain('Added events (minor):\n  + contact_center.task_paused\n');
    expect(result.stdout).toContain('Removed events (major):\n  - contact_center.task_deleted\n');
    expect(result.stdout).toContain('  contact_center.task_created\n');
    expect(result.stdout).toContain('    major  payload.object.task_status: enum value "wrapping" removed\n');
    expect(result.stdout).toContain('    patch  payload.object.flow_id: description changed\n');
    expect(result.stdout).toContain('Implied bump: major.\n');
    expect(result.stdout).toContain('Changeset draft written to drafts/update.md');
    const changeset = readFileSync(draft, 'utf8');
    expect(changeset).toMatch(
      /^---\n"zoom-contact-center-webhooks": major\n---\n\nUpdate to version 1\.1\.0 of Zoom's Contact Center webhook document \(was 1\.0\.0\)\.\n/,
    );
    expect(changeset).toContain(
      'Breaking: deliveries valid until now may be refused:\n\n- Removed event `contact_center.task_deleted`.\n',
    );
    expect(changeset).toContain('- New event `contact_center.task_paused`.');
    expect(changeset).toContain(
      '- `contact_center.task_created` `payload.object.new_required`: required field added (integer).',
    );
    expect(changeset).toContain(
      'Descriptions and other annotations:\n\n- `contact_center.task_created` `payload.object.flow_id`: description changed.',
    );
  });

  it('says so, and writes nothing, when the documents do not differ', () => {
    const draft = join(dir, 'same.md');
    const result = run(oldPath, oldPath, '--changeset', draft);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No changes to events or fields: no release needed.');
    expect(existsSync(draft)).toBe(false);
  });

  it('--no-changeset only prints', () => {
    const result = run(oldPath, newPath, '--no-changeset');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Changeset draft written');
  });

  it('exits 2 on a usage error and 1 on a document it cannot read', () => {
    expect(run(oldPath).status).toBe(2);
    expect(run(oldPath, newPath, '--changeset', 'x.md', '--no-changeset').status).toBe(2);
    const missing = run(oldPath, join(dir, 'missing.json'), '--no-changeset');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
    writeFileSync(join(dir, 'not-openapi.json'), '{"hello": 1}');
    const notOpenApi = run(oldPath, join(dir, 'not-openapi.json'), '--no-changeset');
    expect(notOpenApi.status).toBe(1);
    expect(notOpenApi.stderr).toContain('not an OpenAPI document');
  });
});
