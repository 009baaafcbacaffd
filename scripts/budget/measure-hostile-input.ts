// Hostile input, timed on the packed package: refusing bodies full of errors, as a multiple of JSON.parse
// of the same bytes (collecting stops at MAX_ISSUES, so the refusal should cost little more than the
// parse); the slowest ReDoS-shaped delivery; and the slowest size-and-shape case. These bounds were
// assertions in test/hostile/; as timings they are printed here, like the other timing budgets.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adversarialDeliveries, refusalBodies, sizeAndShapeCases } from './hostile-inputs.ts';
import type { PackedPackage } from './pack-package.ts';

/** Refusing a body full of errors, at most this multiple of JSON.parse of the same bytes. */
export const REFUSAL_RATIO = 2;
/** The slowest 100 KB adversarial delivery (date-time and e-mail fields). */
export const REDOS_MS = 50;
/** The slowest size-and-shape case (10 MB strings, 100,000 items, 100,000-deep nesting), by default or strictly. */
export const SIZE_AND_SHAPE_MS = 5000;

export interface HostileInputRow {
  budget: string;
  measured: string;
  limit: string;
  within: boolean;
}

type SafeParse = (input: unknown, options?: { strict?: boolean }) => { success: boolean };

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;

/** The median time of `run` over `rounds`, in milliseconds. */
function timeOf(run: () => unknown, rounds: number): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function measureHostileInput(pkg: PackedPackage, rounds = 5): Promise<HostileInputRow[]> {
  const { safeParseEvent } = (await import(pathToFileURL(join(pkg.directory, 'dist/index.js')).href)) as {
    safeParseEvent: SafeParse;
  };
  const rows: HostileInputRow[] = [];
  for (const { label, body, strict } of refusalBodies()) {
    if (safeParseEvent(body, { strict }).success) throw new Error(`measure-hostile-input: ${label} was accepted`);
    // Interleaved, so that drift on a busy machine hits both alike.
    const parse: number[] = [];
    const refuse: number[] = [];
    for (let i = 0; i < rounds; i++) {
      parse.push(timeOf(() => JSON.parse(body), 1));
      refuse.push(timeOf(() => safeParseEvent(body, { strict }), 1));
    }
    const [parseMs, refuseMs] = [median(parse), median(refuse)];
    const ratio = refuseMs / parseMs;
    rows.push({
      budget: `refusing a ${label} / JSON.parse of it`,
      measured: `${ratio.toFixed(2)}x (${refuseMs.toFixed(1)} ms / ${parseMs.toFixed(1)} ms, medians of ${rounds})`,
      limit: `${REFUSAL_RATIO}x`,
      within: ratio <= REFUSAL_RATIO,
    });
  }
  const deliveries = adversarialDeliveries();
  for (const raw of deliveries) safeParseEvent(raw); // warm up
  const redos = Math.max(...deliveries.map((raw) => timeOf(() => safeParseEvent(raw), rounds)));
  rows.push({
    budget: `slowest of ${deliveries.length} ReDoS-shaped 100 KB deliveries`,
    measured: `${redos.toFixed(2)} ms`,
    limit: `${REDOS_MS} ms`,
    within: redos <= REDOS_MS,
  });
  let slowest = { label: '', ms: 0 };
  for (const { label, input } of sizeAndShapeCases()) {
    for (const strict of [false, true]) {
      const ms = timeOf(() => safeParseEvent(input, { strict }), 3);
      if (ms > slowest.ms) slowest = { label: `${label}${strict ? ', strict' : ''}`, ms };
    }
  }
  rows.push({
    budget: 'slowest size-and-shape case (10 MB strings, 100,000 items, 100,000-deep nesting)',
    measured: `${slowest.ms.toFixed(1)} ms (${slowest.label})`,
    limit: `${SIZE_AND_SHAPE_MS} ms`,
    within: slowest.ms <= SIZE_AND_SHAPE_MS,
  });
  return rows;
}
