// Property tests: every generated event is valid, across all events, and the generators reach every
// shape the schemas allow (optional fields present and absent, every enum member, every date-time form).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventNames, parseEvent, safeParseEvent, type ContactCenterEvent, type EventName } from '../../src/index.ts';
import { anyEventArbitrary, dateTimeArbitrary, emailArbitrary, eventArbitrary } from '../../src/fast-check.ts';
import { schemaArbitrary } from '../../src/fast-check/schema-arbitrary.ts';
import { isDateTime } from '../../src/kernel/is-date-time.ts';
import { isEmail } from '../../src/kernel/is-email.ts';
import { eventSchemas, type JsonSchema } from '../../generated/event-schemas.ts';
import { assertProperty, SEED } from '../support/seeded.ts';

const RUNS = 10_000;

describe('anyEventArbitrary', () => {
  it(`generates ${RUNS} valid events per run, of every event, with optional fields present and absent`, () => {
    const seen = new Map<EventName, ContactCenterEvent[]>();
    assertProperty(
      fc.property(anyEventArbitrary(), (event) => {
        const parsed = parseEvent(event, { strict: true });
        expect(parsed).toEqual(event);
        const list = seen.get(event.event) ?? [];
        list.push(event);
        seen.set(event.event, list);
      }),
      RUNS,
    );
    expect([...seen.keys()].sort()).toEqual([...eventNames].sort());
    for (const [name, events] of seen) {
      const schema = eventSchemas[name] as {
        properties: { payload: { properties: { object: { properties: object; required?: string[] } } } };
      };
      const { properties, required = [] } = schema.properties.payload.properties.object;
      for (const key of Object.keys(properties)) {
        const present = events.filter((event) => Object.hasOwn(event.payload.object ?? {}, key)).length;
        expect(present, `${name}: ${key} present`).toBeGreaterThan(0);
        if (!required.includes(key)) expect(present, `${name}: ${key} sometimes absent`).toBeLessThan(events.length);
      }
    }
  });

  it('with unknownFields, adds fields the document does not list: valid by default, refused strictly for them alone', () => {
    let refusedStrictly = 0;
    assertProperty(
      fc.property(anyEventArbitrary({ unknownFields: true }), (event) => {
        expect(parseEvent(JSON.stringify(event))).toEqual(JSON.parse(JSON.stringify(event)));
        const strict = safeParseEvent(event, { strict: true });
        if (!strict.success) {
          refusedStrictly++;
          expect(strict.error.issues.every((issue) => issue.keyword === 'additionalProperties')).toBe(true);
        }
      }),
      1_000,
    );
    expect(refusedStrictly).toBeGreaterThan(900); // about 99% in practice
  });
});

describe('eventArbitrary', () => {
  it('generates only the named event, and every member of its enums', () => {
    const members = new Map<string, Set<unknown>>();
    assertProperty(
      fc.property(eventArbitrary('contact_center.closure_created'), (event) => {
        expect(event.event).toBe('contact_center.closure_created');
        parseEvent(event, { strict: true });
        for (const closure of event.payload.object.closures) {
          for (const [key, value] of Object.entries(closure)) {
            for (const item of Array.isArray(value) ? value : [value])
              members.set(key, (members.get(key) ?? new Set()).add(item));
          }
        }
      }),
      300,
    );
    expect([...members.get('closure_hour_type')!].sort()).toEqual([1, 2]);
    expect([...members.get('recurring_frequency')!].sort()).toEqual([0, 1, 2, 3]);
    expect([...members.get('recurring_month')!].sort((a, b) => Number(a) - Number(b))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect([...members.get('recurring_days_of_week')!].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a name that is not an event', () => {
    expect(() => eventArbitrary('contact_center.nope' as EventName)).toThrow(
      new TypeError('"contact_center.nope" is not an event of the Zoom Contact Center document'),
    );
  });
});

describe('dateTimeArbitrary', () => {
  it('generates only date-times the package accepts, in every form it accepts', () => {
    const values = fc.sample(dateTimeArbitrary(), { numRuns: 3_000, seed: SEED });
    for (const value of values) expect(isDateTime(value), value).toBe(true);
    const some = (pattern: RegExp): boolean => values.some((value) => pattern.test(value));
    expect(some(/^\d{4}-\d\d-\d\dT/)).toBe(true);
    expect(some(/^\d{4}-\d\d-\d\dt/)).toBe(true);
    expect(some(/^\d{4}-\d\d-\d\d\s/)).toBe(true);
    expect(some(/Z$/)).toBe(true);
    expect(some(/z$/)).toBe(true);
    expect(some(/[+-]\d\d:\d\d$/)).toBe(true);
    expect(some(/:\d\d(\.\d+)?[+-]\d{4}$/)).toBe(true);
    expect(some(/:\d\d(\.\d+)?[+-]\d\d$/)).toBe(true);
    expect(some(/:\d\d\.\d{1}[zZ+-]/)).toBe(true);
    expect(some(/:\d\d\.\d{9}[zZ+-]/)).toBe(true);
    expect(some(/:60(\.\d+)?([zZ]|[+-])/)).toBe(true);
    expect(some(/^\d{4}-02-29/)).toBe(true);
  });
});

describe('emailArbitrary', () => {
  it('generates only e-mail addresses the package accepts, of varied shapes', () => {
    const values = fc.sample(emailArbitrary(), { numRuns: 2_000, seed: SEED });
    for (const value of values) expect(isEmail(value), value).toBe(true);
    expect(values.some((value) => /^[^@]*\.[^@]*@/.test(value))).toBe(true); // a dot in the local part
    expect(values.some((value) => /^[^@]*[!#$%&'*+/=?^_`{|}~-][^@]*@/.test(value))).toBe(true);
    expect(values.some((value) => /@[^@]*[a-z0-9]-+[a-z0-9]/i.test(value))).toBe(true); // an inner hyphen in the domain
    expect(values.some((value) => (value.split('@')[1] ?? '').split('.').length > 2)).toBe(true);
  });
});

describe('the schema interpreter', () => {
  const sample = (schema: JsonSchema, runs = 500): unknown[] =>
    fc.sample(schemaArbitrary(schema, '', {}), { numRuns: runs, seed: SEED });

  it('includes the empty string in formatted fields, as the package accepts it', () => {
    expect(sample({ type: 'string', format: 'date-time' })).toContain('');
    expect(sample({ type: 'string', format: 'email' })).toContain('');
  });

  it('honours bounds, nullable types, lengths and item counts', () => {
    for (const n of sample({ type: 'integer', minimum: 3, maximum: 7 }) as number[])
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    for (const n of sample({ type: 'integer', format: 'int32' }) as number[])
      expect(n >= -2147483648 && n <= 2147483647).toBe(true);
    for (const n of sample({ type: 'number', exclusiveMinimum: 0, maximum: 1 }) as number[])
      expect(n > 0 && n <= 1).toBe(true);
    expect(new Set(sample({ type: ['string', 'null'] }).map((v) => (v === null ? 'null' : typeof v)))).toEqual(
      new Set(['string', 'null']),
    );
    for (const s of sample({ type: 'string', minLength: 2, maxLength: 4 }) as string[])
      expect([...s].length >= 2 && [...s].length <= 4).toBe(true);
    for (const a of sample({ type: 'array', items: { type: 'boolean' }, minItems: 1, maxItems: 2 }) as unknown[][])
      expect(a.length >= 1 && a.length <= 2).toBe(true);
  });

  it('never shares a constant object between two generated values', () => {
    const [first, second] = sample({ const: { a: [1] } }, 2) as [{ a: number[] }, { a: number[] }];
    expect(first).toEqual({ a: [1] });
    expect(first).not.toBe(second);
  });

  it('refuses, with its path, a keyword it cannot honour rather than generating invalid values', () => {
    expect(() =>
      schemaArbitrary({ type: 'object', properties: { id: { type: 'string', pattern: '^a' } } }, '', {}),
    ).toThrow('zoom-contact-center-webhooks/fast-check: the keyword "pattern" at /id is not supported');
    expect(() => schemaArbitrary({ type: 'string', format: 'uri' }, '/x', {})).toThrow(
      'string format "uri" at /x is not supported',
    );
  });
});
