// parseEvent(raw) against JSON.parse(raw) alone, over the benchmark corpus's valid deliveries (one of
// every event), with the packed package's own build, interleaved rounds and medians (bench/).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildCorpus } from '../../bench/corpus.ts';
import { each, measureInterleaved } from '../../bench/measure-interleaved.ts';
import type { PackedPackage } from './pack-package.ts';

export interface ParseRatio {
  jsonParseUs: number;
  parseEventUs: number;
  ratio: number;
  deliveries: number;
}

export async function measureParseRatio(pkg: PackedPackage, options: { rounds: number; time: number }): Promise<ParseRatio> {
  const { parseEvent } = (await import(pathToFileURL(join(pkg.directory, 'dist/index.js')).href)) as { parseEvent: (raw: string) => unknown };
  const raws = buildCorpus().valid;
  for (const raw of raws) parseEvent(raw); // every delivery is valid: the figure is the success path
  const medians = measureInterleaved(
    [
      { name: 'JSON.parse', fn: each(raws, (raw) => JSON.parse(raw)) },
      { name: 'parseEvent', fn: each(raws, parseEvent) },
    ],
    options,
  );
  const [jsonParseUs, parseEventUs] = [medians.get('JSON.parse')!, medians.get('parseEvent')!];
  return { jsonParseUs, parseEventUs, ratio: parseEventUs / jsonParseUs, deliveries: raws.length };
}
