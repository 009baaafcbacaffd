// The bench's realistic corpus must be the same bytes for the same seed, valid by default and strictly
// (or the bench would time the failure path), and look like Zoom's deliveries. BENCH_SEED=<n> checks
// another seed.
import { describe, expect, it } from 'vitest';
import { REALISTIC_SEED, realisticDeliveries } from '../../bench/realistic-deliveries.ts';
import { examples } from '../../generated/examples.ts';
import { eventNames } from '../../src/index.ts';
import { safeParseEvent } from '../../src/parse/safe-parse-event.ts';

describe(`the realistic corpus (seed ${REALISTIC_SEED}; BENCH_SEED=<n> for another)`, () => {
  const deliveries = realisticDeliveries();

  it('is the same for the same seed and differs for another', () => {
    expect(realisticDeliveries(REALISTIC_SEED)).toEqual(deliveries);
    expect(realisticDeliveries(REALISTIC_SEED + 1)).not.toEqual(deliveries);
  });

  it('holds one delivery of every event, each valid by default and strictly', () => {
    expect(deliveries.map((raw) => (JSON.parse(raw) as { event: string }).event)).toEqual([...eventNames]);
    for (const raw of deliveries) {
      for (const strict of [false, true]) {
        const result = safeParseEvent(raw, { strict });
        expect(result.success, `${raw.slice(0, 120)}... (strict: ${strict}): ${result.error?.message}`).toBe(true);
      }
    }
  });

  it("has fields that look like Zoom's: times with milliseconds, E.164 numbers, 22-character IDs, optional fields left out", () => {
    const text = deliveries.join('\n');
    expect(text).toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/);
    expect(text).not.toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/); // every time has its milliseconds
    expect(text).toMatch(/"caller_number":"\+1\d{10}"/);
    expect(text).toMatch(/"account_id":"[\w-]{22}"/);
    // The generated examples fill every optional field; most realistic deliveries leave some out.
    const keys = (value: unknown): number => JSON.stringify(value).split('":').length;
    const shorter = deliveries.filter((raw, i) => keys(JSON.parse(raw)) < keys(examples[eventNames[i]!]));
    expect(shorter.length).toBeGreaterThan(deliveries.length / 2);
    const average = deliveries.reduce((sum, raw) => sum + raw.length, 0) / deliveries.length;
    expect(average).toBeGreaterThan(400);
    expect(average).toBeLessThan(1000);
  });
});
