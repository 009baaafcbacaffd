// What a serverless cold start pays for the package: a fresh `node` that imports it and parses one event,
// against bare `node -e 0`. Paired runs: each run starts bare node, the ESM probe and the CommonJS probe
// back to back (in rotated order), so a burst of load on the machine hits the three alike; the figure is
// the median over runs of each probe's time divided by its run's bare time. The same runs time an empty
// module of each format: the floor that any package's import pays.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  /**
   * The floor in the same runs: importing an empty module of each format, which any package pays
   * (Node starting its module loader), against bare node.
   */
  emptyEsmRatio: number;
  emptyCjsRatio: number;
  /** Importing the check validators alone (ESM, with the kernel they import): the share of the checks. */
  checksEsmRatio: number;
  /**
   * Requiring the CommonJS check validators and checking the delivery's event with them (its files and
   * the kernel load on that call): the share of the checks in a CommonJS start-up.
   */
  checksCjsRatio: number;
  runs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** `check` is the name of the delivery's event among the check validators' exports (TaskCreatedEvent). */
export function measureStartUp(pkg: PackedPackage, raw: string, check: string, runs: number): StartUp {
  const esm = pathToFileURL(join(pkg.directory, 'dist/index.js')).href;
  const cjs = join(pkg.directory, 'dist/index.cjs');
  const scratch = mkdtempSync(join(tmpdir(), 'start-up-floor-'));
  const emptyEsm = join(scratch, 'empty.mjs');
  const emptyCjs = join(scratch, 'empty.cjs');
  writeFileSync(emptyEsm, 'export const empty = true;\n');
  writeFileSync(emptyCjs, 'exports.empty = true;\n');
  const probes = {
    bare: ['-e', '0'],
    emptyEsm: ['--input-type=module', '-e', `import ${JSON.stringify(pathToFileURL(emptyEsm).href)};`],
    emptyCjs: ['-e', `require(${JSON.stringify(emptyCjs)});`],
    checksEsm: [
      '--input-type=module',
      '-e',
      `import ${JSON.stringify(pathToFileURL(join(pkg.directory, 'dist/validators/check.js')).href)};`,
    ],
    esm: [
      '--input-type=module',
      '-e',
      `import { parseEvent } from ${JSON.stringify(esm)}; parseEvent(process.env.RAW);`,
    ],
    cjs: ['-e', `require(${JSON.stringify(cjs)}).parseEvent(process.env.RAW);`],
    checksCjs: [
      '-e',
      `if (!require(${JSON.stringify(join(pkg.directory, 'dist/validators/check.cjs'))}).${check}(JSON.parse(process.env.RAW))) process.exit(3);`,
    ],
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
  const order = ['bare', 'esm', 'cjs', 'emptyEsm', 'emptyCjs', 'checksEsm', 'checksCjs'] as const;
  const samples = Object.fromEntries(order.map((name) => [name, [] as number[]])) as Record<
    (typeof order)[number],
    number[]
  >;
  try {
    for (const name of order) time(name); // the first run of a file pays for the disk cache; no run should
    for (let run = 0; run < runs; run++) {
      const shift = run % order.length;
      for (const name of [...order.slice(shift), ...order.slice(0, shift)]) samples[name].push(time(name));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const ratio = (name: Exclude<(typeof order)[number], 'bare'>): number =>
    median(samples[name].map((ms, i) => ms / samples.bare[i]!));
  return {
    bareMs: median(samples.bare),
    esmMs: median(samples.esm),
    cjsMs: median(samples.cjs),
    esmRatio: ratio('esm'),
    cjsRatio: ratio('cjs'),
    emptyEsmRatio: ratio('emptyEsm'),
    emptyCjsRatio: ratio('emptyCjs'),
    checksEsmRatio: ratio('checksEsm'),
    checksCjsRatio: ratio('checksCjs'),
    runs,
  };
}
