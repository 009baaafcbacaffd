// What a serverless cold start pays for the package: a fresh `node` that imports it and parses one event,
// against bare `node -e 0`. Paired runs: each run starts bare node, the ESM probe and the CommonJS probe
// back to back (in rotated order), so a burst of load on the machine hits the three alike; the figure is
// the median over runs of each probe's time divided by its run's bare time.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackedPackage } from './pack-package.ts';

export interface StartUp {
  /** Medians of the raw times, in milliseconds. */
  bareMs: number;
  esmMs: number;
  cjsMs: number;
  /** Medians of the paired ratios over bare node. */
  esmRatio: number;
  cjsRatio: number;
  runs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function measureStartUp(pkg: PackedPackage, raw: string, runs: number): StartUp {
  const esm = pathToFileURL(join(pkg.directory, 'dist/index.js')).href;
  const cjs = join(pkg.directory, 'dist/index.cjs');
  const probes = {
    bare: ['-e', '0'],
    esm: [
      '--input-type=module',
      '-e',
      `import { parseEvent } from ${JSON.stringify(esm)}; parseEvent(process.env.RAW);`,
    ],
    cjs: ['-e', `require(${JSON.stringify(cjs)}).parseEvent(process.env.RAW);`],
  };
  const time = (name: keyof typeof probes): number => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, probes[name], {
      env: { ...process.env, RAW: raw },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0) throw new Error(`start-up probe failed (${name}): ${child.stderr.toString()}`);
    return elapsed;
  };
  const order = ['bare', 'esm', 'cjs'] as const;
  const samples = { bare: [] as number[], esm: [] as number[], cjs: [] as number[] };
  time('esm'); // the first run of a file pays for the disk cache; no run should
  for (let run = 0; run < runs; run++) {
    for (const name of [...order.slice(run % 3), ...order.slice(0, run % 3)]) samples[name].push(time(name));
  }
  const ratios = (name: 'esm' | 'cjs'): number[] => samples[name].map((ms, i) => ms / samples.bare[i]!);
  return {
    bareMs: median(samples.bare),
    esmMs: median(samples.esm),
    cjsMs: median(samples.cjs),
    esmRatio: median(ratios('esm')),
    cjsRatio: median(ratios('cjs')),
    runs,
  };
}
