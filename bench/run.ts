// npm run bench [-- --rounds N --time MS]
// One process, one corpus (bench/corpus.ts), every row measured in every round in rotated order; figures are
// medians. Each row's figure is the time to handle the whole set once, and its ratio to JSON.parse alone.
import { parseArgs } from 'node:util';
import { eventSchemas } from '../generated/event-schemas.ts';
import { parseEvent, safeParseEvent } from '../src/index.ts';
import { compileWithAjv } from './competitors/ajv-at-run-time.ts';
import { toZod } from './competitors/json-schema-to-zod.ts';
import { buildCorpus } from './corpus.ts';
import { each, measureInterleaved, type TimedTask } from './measure-interleaved.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, time: { type: 'string', default: '100' } } });
const options = { rounds: Number(values.rounds), time: Number(values.time) };

const corpus = buildCorpus();
const ajv = compileWithAjv(eventSchemas);
const zodStarted = performance.now();
const zodSchemas = new Map(Object.entries(eventSchemas).map(([name, schema]) => [name, toZod(schema)]));
const zodBuildMs = performance.now() - zodStarted;

const nameOf = (value: unknown): string => (value as { event: string }).event;
const withAjv = (raw: string): boolean => {
  const value = JSON.parse(raw) as unknown;
  return ajv.validators.get(nameOf(value))!(value);
};
const withZod = (raw: string): boolean => {
  const value = JSON.parse(raw) as unknown;
  return zodSchemas.get(nameOf(value))!.safeParse(value).success;
};

/** Every row must agree on what is valid, or its timing would measure a different path. */
function checkAgreement(raws: readonly string[], expected: boolean, set: string): void {
  for (const raw of raws) {
    const verdicts = { parseEvent: safeParseEvent(raw).success, ajv: withAjv(raw), zod: withZod(raw) };
    for (const [row, verdict] of Object.entries(verdicts)) {
      if (verdict !== expected) throw new Error(`${row} ${expected ? 'refuses' : 'accepts'} a delivery of the ${set} set: ${raw.slice(0, 120)}...`);
    }
  }
}
checkAgreement(corpus.valid, true, 'valid');
checkAgreement(corpus.large, true, 'large');
checkAgreement(corpus.invalid, false, 'invalid');

function rows(set: string, raws: readonly string[], valid: boolean): TimedTask[] {
  const parsed = raws.map((raw) => JSON.parse(raw) as unknown);
  const tasks: TimedTask[] = [
    { name: `${set}: JSON.parse(raw) alone (the floor)`, fn: each(raws, (raw) => JSON.parse(raw)) },
    valid
      ? { name: `${set}: parseEvent(raw)`, fn: each(raws, (raw) => parseEvent(raw)) }
      : { name: `${set}: safeParseEvent(raw), issues built`, fn: each(raws, (raw) => safeParseEvent(raw).error!.issues) },
  ];
  if (valid) {
    tasks.push({ name: `${set}: parseEvent(raw, { strict: true })`, fn: each(raws, (raw) => parseEvent(raw, { strict: true })) });
    tasks.push({
      name: `${set}: safeParseEvent(value), value already parsed`,
      fn: each(parsed, (value) => safeParseEvent(value)),
    });
  }
  tasks.push({ name: `${set}: JSON.parse + ajv compiled at run time`, fn: each(raws, withAjv) });
  tasks.push({ name: `${set}: JSON.parse + zod 4 safeParse`, fn: each(raws, withZod) });
  return tasks;
}

const sets: [string, readonly string[], boolean][] = [
  [`valid (${corpus.valid.length} deliveries, ${kib(corpus.valid)})`, corpus.valid, true],
  [`large (${corpus.large.length} deliveries, ${kib(corpus.large)})`, corpus.large, true],
  [`invalid (${corpus.invalid.length} deliveries, ${kib(corpus.invalid)})`, corpus.invalid, false],
];

function kib(raws: readonly string[]): string {
  return `${(raws.reduce((sum, raw) => sum + Buffer.byteLength(raw), 0) / 1024).toFixed(0)} KiB`;
}

console.log(`Node ${process.version}, ${options.rounds} interleaved rounds of ${options.time} ms per row`);
console.log(`start-up work outside the table: ajv compiling ${ajv.validators.size} schemas ${ajv.compileMs.toFixed(0)} ms; building the zod schemas ${zodBuildMs.toFixed(0)} ms`);
console.log('typia: not measured; it needs its TypeScript transform (typia + ts-patch or unplugin-typia), which is not installed here');
for (const [set, raws, valid] of sets) {
  const tasks = rows(set, raws, valid);
  const medians = measureInterleaved(tasks, options);
  const floor = medians.get(tasks[0]!.name)!;
  console.log(`\n| ${set} | µs per pass over the set | x JSON.parse |\n|---|---:|---:|`);
  for (const task of tasks) {
    const us = medians.get(task.name)!;
    console.log(`| ${task.name.slice(set.length + 2)} | ${us.toFixed(0)} | ${(us / floor).toFixed(2)} |`);
  }
}
