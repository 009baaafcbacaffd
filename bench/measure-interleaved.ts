// Timing that survives a noisy machine: every task runs in every round, in a rotated order, and a task's
// figure is the median over rounds of its median iteration time. Slow drift (CPU frequency, other work on
// the machine, garbage collection) then hits all tasks alike instead of whichever happened to run last.
import { Bench } from 'tinybench';

export interface TimedTask {
  name: string;
  /** One iteration; its return value is kept so the work cannot be optimised away. */
  fn: () => unknown;
}

export interface InterleavedOptions {
  rounds: number;
  /** Milliseconds each task runs for in each round. */
  time: number;
}

/** One iteration that handles every input in turn and keeps only the last result (the rest is garbage at once, as in a server). */
export const each =
  <T>(inputs: readonly T[], handle: (input: T) => unknown) =>
  (): unknown => {
    let last: unknown;
    for (const input of inputs) last = handle(input);
    return last;
  };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Median time of one iteration of each task, in microseconds, by task name. */
export function measureInterleaved(tasks: readonly TimedTask[], options: InterleavedOptions): Map<string, number> {
  const samples = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  let sink: unknown;
  for (let round = 0; round < options.rounds; round++) {
    const bench = new Bench({ time: options.time, warmupTime: Math.min(50, options.time), throws: true });
    const shift = round % tasks.length;
    for (const task of [...tasks.slice(shift), ...tasks.slice(0, shift)]) {
      bench.add(task.name, () => {
        sink = task.fn();
      });
    }
    bench.runSync();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed')
        throw new Error(`benchmark task "${task.name}" did not complete (${result.state})`);
      samples.get(task.name)!.push(result.latency.p50 * 1000);
    }
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}
