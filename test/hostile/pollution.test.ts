// Prototype pollution: "__proto__", "constructor" and "prototype" keys at every depth, as text and as
// parsed values, leave Object.prototype untouched and come back as own data properties.
import { afterEach, describe, expect, it } from 'vitest';
import { eventNames, parseEvent, safeParseEvent } from '../../src/index.ts';
import { examples } from '../../generated/examples.ts';

const POISON = { polluted: 'yes', toString: 'gotcha', hasOwnProperty: 'gotcha' };
const KEYS = ['__proto__', 'constructor', 'prototype'];

/** The example's text with poison keys added to every object, at every depth. */
function poisonedText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(poisonedText).join(',')}]`;
  if (value && typeof value === 'object') {
    const own = Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}:${poisonedText(child)}`);
    const poison = KEYS.map(
      (key) =>
        `${JSON.stringify(key)}:${JSON.stringify({ ...POISON, prototype: POISON, constructor: { prototype: POISON } })}`,
    );
    return `{${[...own, ...poison].join(',')}}`;
  }
  return JSON.stringify(value);
}

function expectClean(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(typeof probe.toString).toBe('function');
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(baseline);
}
const baseline = Object.getOwnPropertyNames(Object.prototype).sort();

describe('prototype pollution', () => {
  afterEach(expectClean);

  it.each(eventNames.slice(0, 20).map((name) => [name]))(
    '%s with poison keys at every depth, as text, bytes and values',
    (name) => {
      const text = poisonedText(examples[name]);
      for (const input of [text, Buffer.from(text), JSON.parse(text) as unknown]) {
        for (const strict of [false, true]) {
          const result = safeParseEvent(input, { strict });
          if (!strict)
            expect(result.success).toBe(true); // unknown fields are accepted by default
          else expect(result.error?.issues.every((issue) => issue.keyword === 'additionalProperties')).toBe(true);
        }
        const data = parseEvent(input) as unknown as Record<string, unknown>;
        expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
        expect(Object.hasOwn(data, '__proto__')).toBe(true);
        expect((data.payload as Record<string, unknown>).polluted).toBeUndefined();
      }
    },
  );

  it('a payload whose known fields are named like prototype members is judged on own properties only', () => {
    const input = JSON.parse(
      '{"event":"contact_center.task_created","event_ts":1,"payload":{"account_id":"a","object":{"task_id":"t","engagement_id":"e","constructor":1,"__proto__":{"task_status":"bogus"}}}}',
    ) as unknown;
    const data = parseEvent(input) as { payload: { object: Record<string, unknown> } };
    expect(data.payload.object.task_status).toBeUndefined();
    expect(Object.hasOwn(data.payload.object, '__proto__')).toBe(true);
  });

  it('leaves Object.prototype alone when the value itself inherits from a poisoned object', () => {
    const inherited = Object.create({ event: 'contact_center.task_created', payload: {} }) as object;
    expect(safeParseEvent(inherited).error?.code).toBe('invalid_envelope');
  });
});
