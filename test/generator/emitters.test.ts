// Given/want tests of each emitter and of the normaliser's pieces, on tiny inputs, so a change to one of
// them is tested without regenerating the whole document (as openapi-typescript tests its transforms).
import { describe, expect, it } from 'vitest';
import { emitEventNames } from '../../scripts/emit/emit-event-names.ts';
import { emitEventSchemas } from '../../scripts/emit/emit-event-schemas.ts';
import { emitGuards } from '../../scripts/emit/emit-guards.ts';
import { emitTypes } from '../../scripts/emit/emit-types.ts';
import { emitValidatorDeclarations } from '../../scripts/emit/emit-validator-declarations.ts';
import { emitValidatorTable } from '../../scripts/emit/emit-validator-table.ts';
import { splitSchemaTable, writeReportModule } from '../../scripts/emit/write-report-module.ts';
import { buildExample } from '../../scripts/examples/build-example.ts';
import type { NormalisedEvent } from '../../scripts/normalise/normalise-document.ts';
import { repairSchemaNode, type SchemaRole } from '../../scripts/normalise/repair-schema.ts';
import { RepairLog } from '../../scripts/normalise/repairs.ts';
import { toJsonSchema } from '../../scripts/normalise/to-json-schema.ts';
import { checkSchema, reportSchema } from '../../scripts/normalise/validation-schemas.ts';
import type { SchemaObject } from '../../scripts/openapi.ts';
import { mapSubschemas } from '../../src/kernel/map-subschemas.ts';

const envelope = (object: SchemaObject): SchemaObject => ({
  type: 'object',
  required: ['event', 'payload'],
  properties: { event: { type: 'string', const: 'a.b_c' }, payload: { type: 'object', properties: { object } } },
});
const event = (schema: SchemaObject, name = 'a.b_c', typeName = 'BCEvent'): NormalisedEvent => ({
  name,
  typeName,
  schema,
});
const EVENTS = [event(envelope({ type: 'object' })), event(envelope({ type: 'string' }), 'a.d', 'DEvent')];

describe('emitEventNames', () => {
  it('lists the names in order, typed as EventName', () => {
    expect(emitEventNames(EVENTS, '// h')).toBe(
      `// h\nimport type { EventName } from './types.js';\n\n/** The names of all 2 events in the document, in the ` +
        `document's order. */\n` +
        'export const eventNames: readonly EventName[] = /* @__PURE__ */ Object.freeze([\n  "a.b_c",\n  "a.d",\n] ' +
        'as const);\n',
    );
  });
});

describe('emitEventSchemas', () => {
  it('writes each schema as JSON under its event name', () => {
    const out = emitEventSchemas([event({ type: 'object', description: 'x */ y' })], '// h');
    expect(out).toContain(
      'export const eventSchemas: { readonly [N in EventName]: JsonSchema } = {\n  "a.b_c": ' +
        '{"type":"object","description":"x */ y"},\n};',
    );
  });
});

describe('emitGuards, emitValidatorTable, emitValidatorDeclarations', () => {
  it.each([
    [
      'guards',
      () => emitGuards(EVENTS, '../k.js', '// h'),
      [
        'import { createGuard } from "../k.js";',
        "import type { BCEvent, DEvent } from './types.js';",
        "import { BCEvent as validateBCEvent, DEvent as validateDEvent } from './validators/check.js';",
        'export const isBCEvent = /* @__PURE__ */ createGuard<BCEvent>(validateBCEvent);',
      ],
    ],
    [
      'the table',
      () => emitValidatorTable(EVENTS, '../k.js', '// h'),
      [
        'import { type EventValidators, reportValidator } from "../k.js";',
        "import { eventNames } from './event-names.js';",
        "import { rootSchema } from './validators/report.js';",
        '  const checks = [\n    check.BCEvent,\n    check.DEvent,\n  ];',
        'reportValidator(() => rootSchema(index))',
      ],
    ],
    [
      'declarations',
      () => emitValidatorDeclarations(EVENTS, '../k.js', '// h', 'CompiledValidator'),
      [
        '// h\nimport type { CompiledValidator } from "../k.js";\n\nexport declare const BCEvent: ' +
          'CompiledValidator;\nexport declare const DEvent: CompiledValidator;\n',
      ],
    ],
  ])('%s import the kernel entry they are given, and name every event', (_name, emit, wanted) => {
    const out = emit();
    for (const want of wanted) expect(out).toContain(want);
  });
});

describe('writeReportModule', () => {
  it('writes a shared subschema once and refers to it by index', () => {
    const shared = { type: 'object', properties: { id: { type: 'string' } } };
    const out = writeReportModule(
      [{ exportName: 'A', schema: { type: 'object', properties: { x: shared, y: shared } } }],
      { kernel: '../k.js', header: '// h' },
    );
    expect(out).toBe(
      '// h\nimport { reportValidator, schemaTable } from "../k.js";\n' +
        'const schemas = /* @__PURE__ */ schemaTable(\'[{"type":"object","properties":{"id":{"type":"string"}}},' +
        '{"type":"object","properties":{"x":0,"y":0}}]\');\n' +
        'const roots = [1];\n' +
        "/** The schema of the root at `index`, in the order of the roots (the events' order). */\n" +
        'export const rootSchema = (index) => schemas(roots[index]);\n' +
        'export const A = /* @__PURE__ */ reportValidator(() => schemas(1));\n',
    );
  });
});

describe('splitSchemaTable', () => {
  // Values with both quotes and a backslash: the literal is escaped, and read back whole.
  const schema = { type: 'string', enum: ["it's", 'a "quote"', 'a \\ and a \\n'] };
  const out = writeReportModule([{ exportName: 'A', schema }], { kernel: '../k.js', header: '// h' });

  it('finds the literal writeReportModule writes the table in, which evaluates to its JSON text', () => {
    const { literal } = splitSchemaTable(out);
    expect(JSON.parse(new Function(`return ${literal}`)() as string)).toEqual([schema]);
  });

  it('replaces the literal only', () => {
    const { withTable } = splitSchemaTable(out);
    expect(withTable('() => text')).toBe(out.replace(/schemaTable\('.*'\)/, 'schemaTable(() => text)'));
    expect(withTable('() => text')).toContain('const schemas = /* @__PURE__ */ schemaTable(() => text);\n');
  });

  it('refuses a module without the line, or with two', () => {
    expect(() => splitSchemaTable('export const A = 1;\n')).toThrow(/expected one/);
    const line = out.split('\n').find((text) => text.startsWith('const schemas'))!;
    expect(() => splitSchemaTable(`${out}${line}\n`)).toThrow(/expected one/);
  });
});

describe('emitTypes', () => {
  it('names the event in its JSDoc, with the description under it', async () => {
    const out = await emitTypes(
      [event({ ...envelope({ type: 'string' }), description: 'Fires when *it* happens.\n\n**Scopes:** `a:read`' })],
      '// h',
    );
    expect(out).toContain(
      '/**\n * The `a.b_c` event.\n *\n * Fires when *it* happens.\n *\n * **Scopes:** `a:read`\n */\nexport ' +
        'interface BCEvent {',
    );
    expect(out).toContain('event: "a.b_c";');
  });

  it('keeps a one-line JSDoc where there is no description', async () => {
    expect(await emitTypes([event(envelope({ type: 'string' }))], '// h')).toContain(
      '/** The `a.b_c` event. */\nexport interface BCEvent {',
    );
  });
});

describe('checkSchema and reportSchema', () => {
  const given: SchemaObject = {
    type: 'object',
    description: 'd',
    properties: { a: { type: 'string', examples: ['x'] } },
    additionalProperties: false,
  };
  it.each([
    [
      'check: annotations dropped, closed objects opened',
      checkSchema,
      { type: 'object', properties: { a: { type: 'string' } } },
    ],
    [
      'report: annotations dropped, objects closed',
      reportSchema,
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    ],
  ])('%s', (_name, derive, want) => {
    expect(derive(given)).toEqual(want);
  });
});

describe('buildExample', () => {
  it.each([
    ['a const', { type: 'string', const: 'k' }, 'k'],
    ['the first enum member', { type: 'integer', enum: [3, 4] }, 3],
    ["a leaf's own example", { type: 'string', examples: ['doc value'] }, 'doc value'],
    ['an e-mail address', { type: 'string', format: 'email' }, 'jane.doe@example.com'],
    ['one array element', { type: 'array', items: { type: 'boolean' } }, [true]],
    [
      'required fields only when optional is none',
      { type: 'object', required: ['a'], properties: { a: { type: 'integer' }, b: { type: 'string' } } },
      { a: 1 },
    ],
  ] as [string, SchemaObject, unknown][])('gives %s', (_name, schema, want) => {
    expect(buildExample(schema, { optional: 'none' })).toEqual(want);
  });
});

describe('repairSchemaNode', () => {
  const same = null;
  it.each([
    [
      'leaves a correct node as it is',
      { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
      'properties',
      same,
      [],
    ],
    [
      'renames property',
      { type: 'object', property: { a: {} } },
      'root',
      { type: 'object', properties: { a: {} } },
      ['properties-misspelt'],
    ],
    [
      'lifts a keyword out of properties',
      { properties: { type: 'object', a: {} } },
      'root',
      { properties: { a: {} }, type: 'object' },
      ['property-schema-is-a-string'],
    ],
    [
      'moves a stray property into properties',
      { type: 'object', properties: {}, b: { type: 'string' } },
      'root',
      { type: 'object', properties: { b: { type: 'string' } } },
      ['property-outside-properties'],
    ],
    [
      'maps a type name',
      { type: ['long', 'null'] },
      'items',
      { type: ['integer', 'null'] },
      ['type-name-not-json-schema'],
    ],
    [
      'types an object schema',
      { required: ['a'], properties: { a: {} } },
      'properties',
      { required: ['a'], properties: { a: {} }, type: 'object' },
      ['object-type-missing'],
    ],
    ['leaves the type of a composition member to its composition', { required: ['a'] }, 'anyOf', same, []],
    [
      'drops repeated and unknown required names',
      { type: 'object', properties: { a: {} }, required: ['a', 'b', 'a'] },
      'root',
      { type: 'object', properties: { a: {} }, required: ['a'] },
      ['required-names-twice', 'required-names-missing-property'],
    ],
    [
      'keeps required names a map of further properties may supply',
      { type: 'object', properties: {}, additionalProperties: {}, required: ['x'] },
      'root',
      same,
      [],
    ],
    [
      'drops $schema',
      { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' },
      'root',
      { type: 'string' },
      ['dialect-inside-schema'],
    ],
  ] as [string, Record<string, unknown>, SchemaRole, Record<string, unknown> | null, string[]][])(
    '%s',
    (_name, given, role, want, repairs) => {
      const log = new RepairLog();
      const out = repairSchemaNode(given, '#/s', role, log);
      if (want === same) expect(out).toBe(given);
      else expect(out).toEqual(want);
      expect(log.repairs.map((repair) => repair.repair)).toEqual(repairs);
    },
  );
});

describe('toJsonSchema', () => {
  it.each([
    [
      'inlines a $ref, its annotations overriding',
      { $ref: '#/c/x', description: 'here' },
      { type: 'string', description: 'here' },
    ],
    ['turns nullable into a null type', { type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      'turns a boolean exclusiveMinimum into a number',
      { type: 'number', minimum: 1, exclusiveMinimum: true },
      { type: 'number', exclusiveMinimum: 1 },
    ],
    [
      'drops extensions and keeps an example as examples',
      { type: 'string', 'x-a': 1, example: 'e' },
      { type: 'string', examples: ['e'] },
    ],
  ] as [string, unknown, SchemaObject][])('%s', (_name, given, want) => {
    expect(toJsonSchema(given, { c: { x: { type: 'string', description: 'there' } } }, '#/s')).toEqual(want);
  });
});

describe('mapSubschemas', () => {
  it('maps every subschema keyword and nothing else, leaving "__proto__" entries out', () => {
    const given = JSON.parse('{"items":1,"not":2,"allOf":[3],"properties":{"a":4,"__proto__":5},"const":6}') as Record<
      string,
      unknown
    >;
    expect(mapSubschemas(given, (child, keyword) => `${keyword}:${String(child)}`)).toEqual({
      items: 'items:1',
      not: 'not:2',
      allOf: ['allOf:3'],
      properties: { a: 'properties:4' },
      const: 6,
    });
  });
});
