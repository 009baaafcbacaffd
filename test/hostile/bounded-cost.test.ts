// Bounded cost, shown by counting work rather than timing it. A refusal stops collecting once MAX_ISSUES
// are known (the report pass reads nothing further), unknown fields the default policy accepts are not
// collected at all, and copying a parsed value follows what it holds, not the length it claims.
// (The times, as multiples of JSON.parse, are measured by `npm run budget`: scripts/budget/measure-hostile-input.ts.)
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { validatorsOf } from '../../generated/validator-table.ts';
import { MAX_ISSUES, safeParseEvent } from '../../src/index.ts';

const TASK = 'contact_center.task_created';
const base = examples[TASK];
const withObject = (object: Record<string, unknown>): Record<string, unknown> => ({
  ...base,
  payload: { ...base.payload, object: { ...base.payload.object, ...object } },
});
const [, report] = validatorsOf(TASK)!;

/** An array of `length` wrong items (numbers where team objects belong), whose items past `readable` throw when read. */
function tripwireArray(length: number, readable: number): { array: unknown[]; reads: () => number } {
  let reads = 0;
  const array = Array.from({ length }, () => 1);
  for (let i = readable; i < length; i++) {
    Object.defineProperty(array, i, {
      get() {
        reads++;
        throw new Error(`item ${i} was read: collecting did not stop`);
      },
    });
  }
  return { array, reads: () => reads };
}

describe('refusals stop at MAX_ISSUES', () => {
  it('500,000 wrong items: 100 issues, truncated, as text and as a value', () => {
    const teams = Array.from({ length: 500_000 }, () => 1);
    for (const input of [JSON.stringify(withObject({ teams })), withObject({ teams })]) {
      for (const strict of [false, true]) {
        const { error } = safeParseEvent(input, { strict });
        expect(error?.issues).toHaveLength(MAX_ISSUES);
        expect(error?.truncated).toBe(true);
        expect(error?.issues[99]).toEqual({
          path: '/payload/object/teams/99',
          keyword: 'type',
          message: 'expected object, received the integer 1',
        });
      }
    }
  });

  it('the report pass reads no item past the first error more than MAX_ISSUES', () => {
    // Called on the value directly (parseEvent would copy it first, reading every item).
    const { array, reads } = tripwireArray(10_000, MAX_ISSUES + 1);
    const data = withObject({ teams: array });
    for (const unknownFields of [false, true]) {
      const { errors, truncated } = report.collect(data, { maxErrors: MAX_ISSUES, unknownFields });
      expect(errors).toHaveLength(MAX_ISSUES);
      expect(truncated).toBe(true);
    }
    expect(reads()).toBe(0);
    expect(
      report.collect(data, { maxErrors: 3, unknownFields: false }).errors.map((error) => error.instancePath),
    ).toEqual(['/payload/object/teams/0', '/payload/object/teams/1', '/payload/object/teams/2']);
  });

  it('exactly MAX_ISSUES issues are not truncated; one more is', () => {
    for (const [count, truncated] of [
      [MAX_ISSUES, false],
      [MAX_ISSUES + 1, true],
    ] as const) {
      const { error } = safeParseEvent(withObject({ teams: Array.from({ length: count }, () => 1) }));
      expect(error?.issues).toHaveLength(MAX_ISSUES);
      expect(error?.truncated).toBe(truncated);
    }
  });

  it('strict mode, 50,000 unknown fields: the first 100, in order, truncated', () => {
    const unknown = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`extra_${i}`, i]));
    const { error } = safeParseEvent(JSON.stringify(withObject(unknown)), { strict: true });
    expect(error?.truncated).toBe(true);
    expect(error?.issues.map((issue) => issue.path)).toEqual(
      Array.from({ length: MAX_ISSUES }, (_, i) => `/payload/object/extra_${i}`),
    );
  });

  it('by default, unknown fields are not collected: one real error among 50,000 of them is the one issue', () => {
    const unknown = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`extra_${i}`, i]));
    const { error } = safeParseEvent(JSON.stringify(withObject({ ...unknown, task_status: 'paused' })));
    expect(error?.truncated).toBe(false);
    expect(error?.issues).toEqual([expect.objectContaining({ path: '/payload/object/task_status', keyword: 'enum' })]);
  });

  it('by default the report pass does not even list the keys of an object for unknown fields', () => {
    let listed = 0;
    const object = new Proxy(withObject({ task_status: 'paused' }).payload as Record<string, unknown>, {
      ownKeys: (target) => {
        listed++;
        return Reflect.ownKeys(target);
      },
    });
    report.collect({ ...base, payload: object }, { maxErrors: MAX_ISSUES, unknownFields: false });
    expect(listed).toBe(0);
    report.collect({ ...base, payload: object }, { maxErrors: MAX_ISSUES, unknownFields: true });
    expect(listed).toBe(1);
  });
});

describe('copying a parsed value costs what it holds', () => {
  it('a Proxy claiming a billion items is refused after reading one', () => {
    let traps = 0;
    const claims = new Proxy([] as unknown[], {
      get: (target, key) => {
        traps++;
        return key === 'length' ? 1e9 : Reflect.get(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        traps++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const { error } = safeParseEvent(withObject({ teams: claims }));
    expect(error?.code).toBe('invalid_envelope');
    expect(error?.issues[0]?.message).toContain('hole at index 0');
    expect(traps).toBeLessThanOrEqual(4);
  });

  it('a sparse array is refused at its first hole; named properties of a full array are left out, as JSON.stringify does', () => {
    const holey = [{ team_id: 'a' }, { team_id: 'b' }];
    holey.length = 3_000_000_000;
    expect(safeParseEvent(withObject({ teams: holey })).error?.issues[0]?.message).toBe(
      'the array has a hole at index 2 (its length is 3000000000), so it is not JSON data',
    );
    const named = Object.assign([{ team_id: 'a' }], { extra: 'not an item' });
    const result = safeParseEvent(withObject({ teams: named }), { strict: true });
    expect(result.success).toBe(true);
    expect((result.data!.payload.object as { teams?: unknown }).teams).toEqual([{ team_id: 'a' }]);
  });
});
