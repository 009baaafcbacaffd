// Size and shape: 10 MB strings, 100,000-element arrays and 10,000-deep nesting, inside fields the
// document does not know and inside ones it does, as text and as values. Each must finish in bounded time
// with no stack overflow; the times are printed.
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { safeParseEvent } from '../../src/index.ts';

const base = examples['contact_center.task_created'];
const BOUND_MS = 5_000; // generous: CI machines are shared; typical times are printed and far below
const times: string[] = [];

function deep(depth: number, leaf: unknown, kind: 'array' | 'object'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { d: value };
  return value;
}

function deepText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"d":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function timed(label: string, input: unknown, expectSuccess: boolean): void {
  for (const strict of [false, true]) {
    const started = performance.now();
    const result = safeParseEvent(input, { strict });
    const ms = performance.now() - started;
    times.push(`${label}${strict ? ' (strict)' : ''}: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
    if (!strict) expect(result.success, label).toBe(expectSuccess);
    else if (!expectSuccess) expect(result.success).toBe(false);
  }
}

const withObject = (object: Record<string, unknown>): Record<string, unknown> => ({ ...base, payload: { ...base.payload, object: { ...base.payload.object, ...object } } });
const asText = (value: unknown): string => JSON.stringify(value);

describe('size and shape', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);

  it('10 MB strings in an unknown field, a plain string field, an enum field and a date-time field', () => {
    timed('10 MB string, unknown field, text', asText(withObject({ unknown: huge })), true);
    timed('10 MB string, unknown field, value', withObject({ unknown: huge }), true);
    timed('10 MB string, string field', asText(withObject({ queue_name: huge })), true);
    timed('10 MB string, enum field', asText(withObject({ task_status: huge })), false);
    timed('10 MB string, date-time field', asText(withObject({ created_time: huge })), false);
    timed('10 MB string, date-time-like prefix', asText(withObject({ created_time: `2025-02-16T09:27:15.${'9'.repeat(10 * 1024 * 1024)}Z` })), true);
  });

  it('100,000-element arrays in an unknown field and in a known array', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ team_id: String(i), team_name: 'n' }));
    timed('100,000 items, unknown field, value', withObject({ unknown: many }), true);
    timed('100,000 valid items, known array, text', asText(withObject({ teams: many })), true);
    const wrong = Array.from({ length: 100_000 }, () => ({ team_id: 1 }));
    timed('100,000 invalid items, known array, text', asText(withObject({ teams: wrong })), false);
    const result = safeParseEvent(withObject({ teams: wrong }));
    expect(result.error?.issues).toHaveLength(100);
    expect(result.error?.truncated).toBe(true);
  });

  it.each(['array', 'object'] as const)('10,000-deep nesting of %ss, in unknown and known fields, as text and values', (kind) => {
    timed(`10,000-deep ${kind}s, unknown field, text`, asText(withObject({ unknown: 0 })).replace('"unknown":0', `"unknown":${deepText(10_000, kind)}`), true);
    timed(`10,000-deep ${kind}s, unknown field, value`, withObject({ unknown: deep(10_000, 1, kind) }), true);
    timed(`10,000-deep ${kind}s, known string field, text`, asText(withObject({ queue_name: 0 })).replace('"queue_name":0', `"queue_name":${deepText(10_000, kind)}`), false);
    // A team that is an array is refused; a team object whose unknown field nests deep is accepted by default.
    timed(`10,000-deep ${kind}s, known array items, value`, withObject({ teams: [deep(10_000, 1, kind)] }), kind === 'object');
    timed(`100,000-deep ${kind}s, unknown field, value`, withObject({ unknown: deep(100_000, 1, kind) }), true);
  });

  it('prints the times', () => {
    console.info(`size and shape timings:\n  ${times.join('\n  ')}`);
    expect(times.length).toBeGreaterThan(20);
  });
});
