// Zoom's published webhook documents have defects the rendered reference hides. For each class there is
// a fixture document (fixtures/defects/<repair>.openapi.json) that generates, with the repair reported
// at its JSON Pointer and listed in the document report, whose output type-checks under --strict; that
// --strict-document refuses; and that the erratum the repair names settles (then it generates strictly).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../scripts/emit/emit-document-report.ts';
import { applyErrata } from '../../scripts/errata/apply-errata.ts';
import { generateFiles, type GenerateResult } from '../../scripts/generate-files.ts';
import { buildExample } from '../../scripts/examples/build-example.ts';
import { getAtPointer, parsePointer } from '../../scripts/json-pointer.ts';
import { normaliseDocument } from '../../scripts/normalise/normalise-document.ts';
import { REPAIRS, RepairLog, type RepairName } from '../../scripts/normalise/repairs.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';
import { ROOT } from '../support/paths.ts';
import { typeCheckGenerated } from './type-check-generated.ts';

const FIXTURES = join(ROOT, 'test/generator/fixtures/defects');
const names = Object.keys(REPAIRS) as RepairName[];
const fixturePath = (name: string): string => join(FIXTURES, `${name}.openapi.json`);
const fixture = (name: string): OpenApiDocument =>
  JSON.parse(readFileSync(fixturePath(name), 'utf8')) as OpenApiDocument;

/** Where each fixture's repairs are, relative to its event's request-body schema. */
const SCHEMA = '/paths/team_chat.message_sent/post/requestBody/content/application~1json/schema';
const OBJECT = `${SCHEMA}/properties/payload/properties/object`;
const EXPECTED: Record<RepairName, string[]> = {
  'property-schema-is-a-string': [`${OBJECT}/properties/type`],
  'property-outside-properties': [`${OBJECT}/reply_main_message_id`],
  'properties-misspelt': [`${OBJECT}/property`],
  'dialect-inside-schema': [`${SCHEMA}/$schema`],
  'example-not-json': [
    '/paths/team_chat.message_sent/post/requestBody/content/application~1json/examples/json-example/value',
  ],
  'object-type-missing': [SCHEMA, OBJECT],
  'type-name-not-json-schema': [`${OBJECT}/properties/reply_count/type`, `${OBJECT}/properties/score/type`],
  'required-names-missing-property': [`${OBJECT}/required`],
  'required-names-twice': [`${OBJECT}/required`],
  'field-example-invalid': [`${OBJECT}/properties/reply_count/example`, `${OBJECT}/properties/sent_at/example`],
  'format-without-check': [`${OBJECT}/properties/reply_count/format`],
};

describe('the defect fixtures', () => {
  it('are one per repair, no more', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(names.map((name) => `${name}.openapi.json`).sort());
  });
});

describe.each(names)('a document with the defect %s', (name) => {
  let out: string;
  let result: GenerateResult;
  beforeAll(async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    out = mkdtempSync(join(ROOT, '.tmp', `defect-${name}-`));
    result = await generateFiles({ spec: fixturePath(name), out });
    for (const [path, contents] of result.files) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), contents);
    }
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('generates, reporting this repair (and only it) at its JSON Pointer', () => {
    expect(result.repairs.map((repair) => [repair.repair, repair.pointer])).toEqual(
      EXPECTED[name].map((pointer) => [name, pointer]),
    );
    for (const repair of result.repairs) {
      // The pointer names what the document has there (an added `type` names the schema it is added to).
      expect(getAtPointer(fixture(name), parsePointer(repair.pointer)), repair.pointer).not.toBeUndefined();
    }
  });

  it('lists the repair in the document report', () => {
    const report = JSON.parse(result.files.get('document-report.json')!) as DocumentReport;
    expect(report.repairCounts[name]).toBe(EXPECTED[name].length);
    expect(report.repairs).toEqual(result.repairs);
    for (const pointer of EXPECTED[name])
      expect(result.files.get('document-report.md')).toContain(`\`${name}\` at \`${pointer}\``);
  });

  it('writes output that type-checks under --strict', () => {
    expect(typeCheckGenerated(out)).toEqual([]);
  });

  it('is refused by --strict-document, naming the repair and where', async () => {
    const refusal = generateFiles({ spec: fixturePath(name), out, strictDocument: true });
    await expect(refusal).rejects.toThrow(`${name} at ${EXPECTED[name][0]}`);
  });

  it('needs no repair once the errata the repairs name are applied', () => {
    const changes = result.repairs.flatMap((repair) => repair.erratum);
    const corrected = applyErrata(fixture(name), {
      corrections: [{ id: name, reason: 'the repair, as an erratum', changes }],
    });
    const log = new RepairLog();
    normaliseDocument(corrected, log);
    expect(log.repairs).toEqual([]);
  });
});

describe('what each repair makes of its defect', () => {
  const objectOf = (name: RepairName): Record<string, unknown> => {
    const [event] = normaliseDocument(fixture(name));
    return event!.schema.properties!.payload!.properties!.object! as Record<string, unknown>;
  };

  it("reads the keywords written inside properties as the schema's own", () => {
    const object = objectOf('property-schema-is-a-string');
    expect(object.type).toBe('object');
    expect(Object.keys(object.properties as object)).toEqual(['message_id', 'message']);
  });

  it('moves a stray property into properties, and renames property', () => {
    expect(Object.keys(objectOf('property-outside-properties').properties as object)).toEqual([
      'message_id',
      'message',
      'reply_main_message_id',
    ]);
    expect(Object.keys(objectOf('properties-misspelt').properties as object)).toEqual(['message_id', 'message']);
  });

  it('types the envelope and the object, and maps type names', () => {
    const [event] = normaliseDocument(fixture('object-type-missing'));
    expect([event!.schema.type, event!.schema.properties!.payload!.properties!.object!.type]).toEqual([
      'object',
      'object',
    ]);
    const properties = objectOf('type-name-not-json-schema').properties as Record<string, { type: unknown }>;
    expect([properties.reply_count!.type, properties.score!.type]).toEqual(['integer', ['number', 'null']]);
  });

  it('fixes required: repeats dropped, names without a property dropped', () => {
    expect(objectOf('required-names-twice').required).toEqual(['message_id', 'message']);
    expect(objectOf('required-names-missing-property').required).toEqual(['message_id']);
  });

  it('keeps a field example only where the field accepts it, and the generated example uses it', () => {
    const properties = objectOf('field-example-invalid').properties as Record<string, { examples?: unknown }>;
    expect([properties.message_id!.examples, properties.reply_count!.examples, properties.sent_at!.examples]).toEqual([
      ['msg_6TL8SxVg'],
      undefined,
      undefined,
    ]);
    const [event] = normaliseDocument(fixture('field-example-invalid'));
    const object = (
      buildExample(event!.schema, { optional: 'all' }) as { payload: { object: Record<string, unknown> } }
    ).payload.object;
    expect(object.message_id).toBe('msg_6TL8SxVg');
    expect(typeof object.reply_count).toBe('number');
    expect(object.sent_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('defects whose intent is not certain', () => {
  const withObject = (object: unknown): OpenApiDocument => {
    const document = fixture('required-names-twice');
    const schema = document.paths['team_chat.message_sent']!.post.requestBody!.content['application/json']!.schema;
    schema.properties!.payload!.properties!.object = object as never;
    return document;
  };

  it.each([
    [
      'a property whose schema is a word that is no keyword',
      { type: 'object', properties: { note: 'text' } },
      `${OBJECT}/properties/note`,
    ],
    [
      'a type that is no type',
      { type: 'object', properties: { at: { type: 'date' } } },
      `${OBJECT}/properties/at/type`,
    ],
    ['an unknown keyword that is no schema', { type: 'object', properties: {}, maxDepth: 3 }, `${OBJECT}/maxDepth`],
    [
      '"property" beside "properties"',
      { type: 'object', properties: {}, property: { a: { type: 'string' } } },
      `${OBJECT}/property`,
    ],
  ])('fail on %s, naming the pointer and the erratum that settles it', (_what, object, pointer) => {
    expect(() => normaliseDocument(withObject(object))).toThrow(
      new RegExp(
        `^#${pointer.replace(/[.$]/g, '\\$&')}: .*an erratum in spec/errata\\.json settles it, for example \\{"id"`,
      ),
    );
  });
});
