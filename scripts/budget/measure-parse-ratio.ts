// parseEvent(raw), by default and strictly, against JSON.parse(raw) alone, over both per-event corpora of
// the bench (the generated examples and the realistic deliveries), with the packed package's own build:
// every row in every interleaved round (bench/measure-interleaved.ts), medians, ratios from one run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '../../bench/corpus.ts';
import { each, measureInterleaved, type TimedTask } from '../../bench/measure-interleaved.ts';
import { readEveryValue } from '../../bench/read-every-value.ts';
import type { PackedPackage } from './pack-package.ts';

export interface ParseRatio {
  corpus: string;
  deliveries: number;
  bytes: number;
  jsonParseUs: number;
  /** JSON.parse plus reading every value once, checking nothing: the least any validating parse costs. */
  floorUs: number;
  parseEventUs: number;
  strictUs: number;
  floorRatio: number;
  ratio: number;
  strictRatio: number;
}

type Parse = (raw: string, options?: { strict?: boolean }) => unknown;

export async function measureParseRatios(
  pkg: PackedPackage,
  options: { rounds: number; time: number },
): Promise<ParseRatio[]> {
  const { parseEvent } = (await import(pathToFileURL(join(pkg.directory, 'dist/index.js')).href)) as {
    parseEvent: Parse;
  };
  const corpus = buildCorpus();
  const sets = { 'generated examples': corpus.valid, 'realistic deliveries': corpus.realistic };
  const tasks: TimedTask[] = [];
  for (const [name, raws] of Object.entries(sets)) {
    // Every delivery is valid, by default and strictly: the figures are the success path.
    for (const raw of raws) parseEvent(raw, { strict: true });
    tasks.push({ name: `${name}: JSON.parse`, fn: each(raws, (raw) => JSON.parse(raw)) });
    tasks.push({ name: `${name}: floor`, fn: each(raws, (raw) => readEveryValue(JSON.parse(raw))) });
    tasks.push({ name: `${name}: parseEvent`, fn: each(raws, (raw) => parseEvent(raw)) });
    tasks.push({ name: `${name}: strict`, fn: each(raws, (raw) => parseEvent(raw, { strict: true })) });
  }
  const medians = measureInterleaved(tasks, options);
  return Object.entries(sets).map(([name, raws]) => {
    const [jsonParseUs, floorUs, parseEventUs, strictUs] = ['JSON.parse', 'floor', 'parseEvent', 'strict'].map(
      (row) => medians.get(`${name}: ${row}`)!,
    ) as [number, number, number, number];
    return {
      corpus: name,
      deliveries: raws.length,
      bytes: raws.reduce((sum, raw) => sum + Buffer.byteLength(raw), 0),
      jsonParseUs,
      floorUs,
      parseEventUs,
      strictUs,
      floorRatio: floorUs / jsonParseUs,
      ratio: parseEventUs / jsonParseUs,
      strictRatio: strictUs / jsonParseUs,
    };
  });
}
