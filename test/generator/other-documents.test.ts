// biome-ignore-all lint/suspicious/noExplicitAny: the test edits arbitrary parts of parsed documents
// The generator takes any Zoom webhook document of this generation, not only ours: $refs into odd places
// (a `components` object nested inside a request body), request bodies that are $refs, events under
// `webhooks`, oneOf/anyOf/allOf, additionalProperties, enum/const, nullable and null in type arrays,
// numeric and string constraints, defaults, deprecated, readOnly and examples as JSON strings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../scripts/generate-files.ts';
import type { Repair } from '../../scripts/normalise/repairs.ts';
import { normaliseDocument } from '../../scripts/normalise/normalise-document.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';
import { ROOT, readRepoFile } from '../support/paths.ts';
import { typeCheckGenerated } from './type-check-generated.ts';

const FIXTURE = join(ROOT, 'test/generator/fixtures/zoom-style.openapi.json');
const fixture = (): OpenApiDocument =>
  JSON.parse(readRepoFile('test/generator/fixtures/zoom-style.openapi.json')) as OpenApiDocument;

type ValidatorsOf = (name: string) => readonly [(data: unknown) => boolean, (data: unknown) => boolean] | undefined;

describe('generating from another Zoom-style document', () => {
  let out: string;
  let files: Map<string, string>;
  let repairs: Repair[];
  let validatorsOf: ValidatorsOf;

  beforeAll(async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    out = mkdtempSync(join(ROOT, '.tmp', 'other-document-'));
    ({ files, repairs } = await generateFiles({ spec: FIXTURE, out }));
    for (const [path, contents] of files) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), contents);
    }
    ({ validatorsOf } = (await import(join(out, 'validator-table.ts'))) as { validatorsOf: ValidatorsOf });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('finds events under paths, under webhooks, and behind a $ref request body', () => {
    expect(normaliseDocument(fixture()).map((event) => [event.name, event.typeName])).toEqual([
      ['meeting.started', 'StartedEvent'],
      ['meeting.ended', 'EndedEvent'],
      ['meeting.participant_joined', 'ParticipantJoinedEvent'],
    ]);
  });

  it('writes types that compile under --strict', () => {
    expect(typeCheckGenerated(out)).toEqual([]);
  });

  it('types refs, unions, nullables, maps and literals as fields, with JSDoc', () => {
    const types = files.get('types.ts')!;
    expect(types).toContain('export interface StartedEvent {');
    expect(types).toContain('event: "meeting.started";');
    expect(types).toMatch(/id: number \| string;/);
    expect(types).toMatch(/email\?: string \| null;/);
    expect(types).toMatch(/note\?: string \| null;/);
    expect(types).toMatch(/role\?: 0 \| 1 \| 2;/);
    expect(types).toMatch(/settings\?: \{\s*\[key: string\]: boolean;\s*\};/);
    expect(types).toContain("/** The participant's ID. */");
    expect(types).toContain('@deprecated');
    expect(types).not.toContain('components[');
    expect(types).toContain('"x-internal"?: string;'); // a property that happens to be named x-..., kept
    expect(types).not.toContain('x-zoom-flag'); // an extension keyword, dropped
  });

  it('normalises to self-contained JSON Schemas with the event fixed to its name', () => {
    const [started, ended] = normaliseDocument(fixture());
    const json = JSON.stringify(started!.schema);
    expect(json).not.toContain('$ref');
    expect(json).not.toContain('x-zoom-flag');
    expect(json).not.toContain('"nullable"');
    expect(started!.schema.properties!.event).toEqual({
      type: 'string',
      const: 'meeting.started',
      description: "The event's name.",
    });
    expect(ended!.schema.required).toEqual(['event', 'payload']);
    const object = started!.schema.properties!.payload!.properties!.object!.properties!;
    expect(object.host!.description).toBe('The host.');
    expect(object.tags!.items!.anyOf).toEqual([{ type: 'string' }, { type: 'integer', exclusiveMinimum: 0 }]);
    expect(object.duration).toEqual({ type: 'integer', minimum: 1, maximum: 1440 });
  });

  it('reports the formats it does not check instead of dropping them silently', () => {
    expect(repairs.map(({ repair, message }) => [repair, message])).toEqual([
      ['format-without-check', 'format "datetime" is not checked'],
    ]);
  });

  const base = {
    event: 'meeting.started',
    event_ts: 1,
    payload: { account_id: 'a', object: { id: 1, host: { user_id: 'u' } } },
  };
  const withObject = (object: Record<string, unknown>): unknown => ({
    ...base,
    payload: { ...base.payload, object: { ...base.payload.object, ...object } },
  });
  const judge = (value: unknown): [boolean, boolean] => {
    const [check, report] = validatorsOf('meeting.started')!;
    return [check(value), report(value)];
  };

  it.each([
    ['the minimal event', base, [true, true]],
    ['an id as a string', withObject({ id: 'uuid' }), [true, true]],
    ['an id as a boolean', withObject({ id: true }), [false, false]],
    ['null in a nullable field', withObject({ host: { user_id: 'u', email: null }, note: null }), [true, true]],
    ['"" in an email field', withObject({ host: { user_id: 'u', email: '' } }), [true, true]],
    ['a bad e-mail address', withObject({ host: { user_id: 'u', email: 'nope' } }), [false, false]],
    ['a string past maxLength', withObject({ topic: 'x'.repeat(11) }), [false, false]],
    ['a pattern violated', withObject({ host: { user_id: 'has space' } }), [false, false]],
    ['a number past maximum', withObject({ duration: 1441 }), [false, false]],
    ['a value on an exclusive minimum', withObject({ tags: ['a', 0] }), [false, false]],
    ['a map value of the wrong type', withObject({ settings: { mute: 'yes' } }), [false, false]],
    ['a map of booleans', withObject({ settings: { mute: true } }), [true, true]],
    ['the first oneOf branch', withObject({ location: { room_id: 'r' } }), [true, true]],
    ['both oneOf branches at once', withObject({ location: { room_id: 'r', url: 'u' } }), [false, false]],
    ['an allOf const violated', withObject({ recording: { status: 'off' } }), [false, false]],
    ['an allOf satisfied', withObject({ recording: { recording_id: 'r', status: 'on' } }), [true, true]],
    ['an unknown top-level field (the document says closed)', { ...base, extra: 1 }, [true, false]],
    ['an unknown nested field', withObject({ extra: 1 }), [true, false]],
    ['an unknown field in a closed $ref target', withObject({ host: { user_id: 'u', extra: 1 } }), [true, false]],
    [
      'a property known only through allOf',
      withObject({ recording: { recording_id: 'r', status: 'on' } }),
      [true, true],
    ],
    ['the wrong event name', { ...base, event: 'meeting.ended' }, [false, false]],
  ])('%s: default %s', (_label, value, expected) => {
    expect(judge(value)).toEqual(expected);
  });
});

describe('the generator refuses what it cannot represent, saying where', () => {
  const variant = (edit: (doc: Record<string, any>) => void): OpenApiDocument => {
    const doc = fixture() as unknown as Record<string, any>;
    edit(doc);
    return doc as unknown as OpenApiDocument;
  };
  const objectAt = (doc: Record<string, any>): Record<string, any> =>
    doc.paths['meeting.started'].post.requestBody.content['application/json'].schema.properties.payload.properties
      .object.properties;

  it.each([
    [
      'a recursive $ref',
      (doc: Record<string, any>) => {
        doc.components.schemas.Participant.properties.self = { $ref: '#/components/schemas/Participant' };
      },
      /recursive \$ref #\/components\/schemas\/Participant/,
    ],
    [
      'a $ref to another file',
      (doc: Record<string, any>) => {
        objectAt(doc).other = { $ref: 'other.json#/x' };
      },
      /only references inside the document/,
    ],
    [
      'a $ref to nothing',
      (doc: Record<string, any>) => {
        objectAt(doc).other = { $ref: '#/components/schemas/Nope' };
      },
      /points at nothing/,
    ],
    [
      'an unknown keyword',
      (doc: Record<string, any>) => {
        objectAt(doc).other = { type: 'array', prefixItems: [] };
      },
      /properties\/other\/prefixItems: the keyword "prefixItems" is not supported/,
    ],
    [
      'a tuple items',
      (doc: Record<string, any>) => {
        objectAt(doc).other = { type: 'array', items: [{ type: 'string' }] };
      },
      /tuple "items"/,
    ],
    [
      'an event schema without event',
      (doc: Record<string, any>) => {
        delete doc.paths['meeting.started'].post.requestBody.content['application/json'].schema.properties.event;
      },
      /must be an object with an "event" property/,
    ],
    [
      'no events at all',
      (doc: Record<string, any>) => {
        doc.paths = {};
        delete doc.webhooks;
      },
      /defines no events/,
    ],
  ])('%s', (_label, edit, message) => {
    expect(() => normaliseDocument(variant(edit))).toThrow(message);
  });
});
