// What a serverless cold start pays for the package: a fresh `node` that imports it and parses one event,
// against bare `node -e 0`, both run many times, alternating, medians compared. ESM and CommonJS builds
// are measured separately.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackedPackage } from './pack-package.ts';

export interface StartUp {
  bareMs: number;
  esmMs: number;
  cjsMs: number;
  runs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};

export function measureStartUp(pkg: PackedPackage, raw: string, runs: number): StartUp {
  const esm = pathToFileURL(join(pkg.directory, 'dist/index.js')).href;
  const cjs = join(pkg.directory, 'dist/index.cjs');
  const commands: Record<keyof Omit<StartUp, 'runs'>, string[]> = {
    bareMs: ['-e', '0'],
    esmMs: ['--input-type=module', '-e', `import { parseEvent } from ${JSON.stringify(esm)}; parseEvent(process.env.RAW);`],
    cjsMs: ['-e', `require(${JSON.stringify(cjs)}).parseEvent(process.env.RAW);`],
  };
  const times: Record<string, number[]> = { bareMs: [], esmMs: [], cjsMs: [] };
  for (let run = 0; run < runs; run++) {
    for (const [key, args] of Object.entries(commands)) {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, args, { env: { ...process.env, RAW: raw }, stdio: ['ignore', 'ignore', 'pipe'] });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== 0) throw new Error(`start-up probe failed (${key}): ${child.stderr.toString()}`);
      times[key]!.push(elapsed);
    }
  }
  return { bareMs: median(times.bareMs!), esmMs: median(times.esmMs!), cjsMs: median(times.cjsMs!), runs };
}
