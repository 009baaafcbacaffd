// Strict mode's fast path (src/kernel/known-fields.ts): for a value the check pass accepted, the walk of
// its fields says "no unknown field" only when the report pass (ajv with the closed schema) would accept
// it too, and says so whenever that is true and the schema has no combinator to make it unsure.
import { describe, expect, it } from 'vitest';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { eventNames } from '../../generated/event-names.ts';
import { validatorsOf } from '../../generated/validator-table.ts';
import { checkSchema, reportSchema } from '../../scripts/normalise/validation-schemas.ts';
import type { SchemaObject } from '../../scripts/openapi.ts';
import { knownFieldsTest } from '../../src/kernel/known-fields.ts';
import { createRandom, randomSchema, randomValue, UNCHECKED_FORMAT } from './random-schemas.ts';
import { referenceAjv } from './reference-ajv.ts';

const teams = {
  type: 'array',
  items: { type: 'object', properties: { team_id: { type: 'string' } }, additionalProperties: false },
};
const closed = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    payload: { type: 'object', properties: { teams }, additionalProperties: false },
  },
  additionalProperties: false,
};

describe('knownFieldsTest', () => {
  const test = knownFieldsTest(closed);

  it('passes a value whose every field is listed, nested ones included', () => {
    expect(test({ id: 'a', payload: { teams: [{ team_id: 't1' }, {}] } })).toBe(true);
    expect(test({})).toBe(true);
  });

  it('finds an unknown field at the root, in a nested object, and in an array item object', () => {
    expect(test({ id: 'a', extra: 1 })).toBe(false);
    expect(test({ payload: { teams: [], extra: 1 } })).toBe(false);
    expect(test({ payload: { teams: [{ team_id: 't1' }, { team_id: 't2', extra: true }] } })).toBe(false);
  });

  it('walks into maps (additionalProperties as a schema) and allOf members', () => {
    const map = knownFieldsTest({ type: 'object', additionalProperties: closed });
    expect(map({ one: { id: 'a' }, two: {} })).toBe(true);
    expect(map({ one: { id: 'a' }, two: { extra: 1 } })).toBe(false);
    const allOf = knownFieldsTest({
      properties: { a: true, b: true },
      additionalProperties: false,
      allOf: [{ properties: { a: closed } }, { properties: { b: teams } }],
    });
    expect(allOf({ a: { id: 'a' }, b: [{ team_id: 't' }] })).toBe(true);
    expect(allOf({ a: { id: 'a' }, b: [{ extra: 1 }] })).toBe(false);
    expect(allOf({ a: { extra: 1 } })).toBe(false);
  });

  it('cannot tell under a combinator or patternProperties, and says false where one applies', () => {
    for (const keyword of ['anyOf', 'oneOf']) {
      const test = knownFieldsTest({
        type: 'object',
        properties: { x: { [keyword]: [closed, { type: 'string' }] } },
        additionalProperties: false,
      });
      expect(test({ x: { id: 'a' } }), keyword).toBe(false);
      expect(test({}), `${keyword}, not met`).toBe(true);
    }
    expect(knownFieldsTest({ not: closed })({})).toBe(false);
    expect(knownFieldsTest({ patternProperties: { '^x': closed } })({ x: {} })).toBe(false);
    expect(knownFieldsTest({ items: [closed] })([{}])).toBe(false);
  });
});

describe("the document's events", () => {
  it('every example passes; an unknown field added to any object of it is found', () => {
    let objects = 0;
    for (const name of eventNames) {
      const report = validatorsOf(name)![1];
      for (const example of [examples[name], minimalExamples[name]]) {
        expect(report.onlyKnownFields(example), name).toBe(true);
        const value = structuredClone(example) as object;
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(visit);
          else if (typeof node === 'object' && node !== null) {
            objects++;
            (node as Record<string, unknown>).zz_unknown = 1;
            expect(report.onlyKnownFields(value), `${name}: ${JSON.stringify(value)}`).toBe(false);
            delete (node as Record<string, unknown>).zz_unknown;
            Object.values(node).forEach(visit);
          }
        };
        visit(value);
      }
    }
    expect(objects).toBeGreaterThan(eventNames.length * 4);
  });
});

function withUnlistedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnlistedFields);
  if (typeof value !== 'object' || value === null) return value;
  return {
    ...Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withUnlistedFields(child)])),
    zz: 1,
  };
}

describe('random schemas', () => {
  // Accepted by the open schema: the walk passes it only when the closed one does, and always then without combinators.
  it('the walk agrees with ajv on the closed schema', () => {
    const random = createRandom(Number(process.env.FUZZ_SEED ?? 20_261_201));
    const ajv = referenceAjv(false, [UNCHECKED_FORMAT]);
    const counts = { sure: 0, unknownFound: 0, unsure: 0 };
    for (let s = 0; s < 400; s++) {
      const schema = randomSchema(random);
      if (typeof schema === 'boolean') continue;
      let open: (value: unknown) => boolean;
      let strict: (value: unknown) => boolean;
      try {
        [open, strict] = [ajv.compile(checkSchema(schema)), ajv.compile(reportSchema(schema))];
      } catch {
        continue; // a combination ajv's strict mode refuses to compile; the generator never meets it
      }
      const test = knownFieldsTest(reportSchema(schema) as SchemaObject);
      const unsure = /"(anyOf|oneOf|not|patternProperties)":/.test(JSON.stringify(schema));
      const drawn = Array.from({ length: 40 }, () => randomValue(schema, random));
      // Each value also with an unlisted field in every object of it, so that unknown fields are common.
      for (const value of [...drawn, ...drawn.map(withUnlistedFields)]) {
        if (!open(value)) continue;
        const [walked, expected] = [test(value), strict(value)];
        const at = `schema ${JSON.stringify(schema)}, value ${JSON.stringify(value)}`;
        if (walked) expect(expected, at).toBe(true);
        else if (!unsure) expect(expected, at).toBe(false);
        if (walked) counts.sure++;
        else if (!expected) counts.unknownFound++;
        else counts.unsure++;
      }
    }
    // Both answers are common, so the assertions above were tested.
    expect(counts.sure).toBeGreaterThan(2000);
    expect(counts.unknownFound).toBeGreaterThan(150);
  });
});
