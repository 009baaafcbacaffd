// npm run bench [-- --rounds N --time MS]
// One process, one corpus (bench/corpus.ts), every row measured in every round in rotated order; figures are
// medians. Each row's figure is the time to handle the whole set once, and its ratio to JSON.parse alone.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { eventSchemas } from '../generated/event-schemas.ts';
import { parseEvent, safeParseEvent } from '../src/index.ts';
import { compileWithAjv } from './competitors/ajv-at-run-time.ts';
import { toZod } from './competitors/json-schema-to-zod.ts';
import { generateWithTypia } from './competitors/typia-generated.ts';
import { buildCorpus } from './corpus.ts';
import { readEveryValue } from './read-every-value.ts';
import { REALISTIC_SEED } from './realistic-deliveries.ts';
import { each, measureInterleaved, type TimedTask } from './measure-interleaved.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '15' }, time: { type: 'string', default: '100' } },
});
const options = { rounds: Number(values.rounds), time: Number(values.time) };

const TYPIA_VERSION = (createRequire(import.meta.url)('typia/package.json') as { version: string }).version;
const corpus = buildCorpus();
const ajv = compileWithAjv(eventSchemas);
const zodStarted = performance.now();
const zodSchemas = new Map(Object.entries(eventSchemas).map(([name, schema]) => [name, toZod(schema)]));
const zodBuildMs = performance.now() - zodStarted;
const typia = await generateWithTypia();

const nameOf = (value: unknown): string => (value as { event: string }).event;
const withAjv = (raw: string): boolean => {
  const value = JSON.parse(raw) as unknown;
  return ajv.validators.get(nameOf(value))!(value);
};
const withZod = (raw: string): boolean => {
  const value = JSON.parse(raw) as unknown;
  return zodSchemas.get(nameOf(value))!.safeParse(value).success;
};
const withTypia =
  (table: Map<string, (input: unknown) => boolean>) =>
  (raw: string): boolean => {
    const value = JSON.parse(raw) as unknown;
    return table.get(nameOf(value))!(value);
  };
const [withTypiaIs, withTypiaEquals] = [withTypia(typia.is), withTypia(typia.equals)];

/** Every row must agree on what is valid, or its timing would measure a different path. */
function checkAgreement(raws: readonly string[], expected: boolean, set: string): void {
  for (const raw of raws) {
    const verdicts = { parseEvent: safeParseEvent(raw).success, ajv: withAjv(raw), zod: withZod(raw) };
    for (const [row, verdict] of Object.entries(verdicts)) {
      if (verdict !== expected)
        throw new Error(
          `${row} ${expected ? 'refuses' : 'accepts'} a delivery of the ${set} set: ${raw.slice(0, 120)}...`,
        );
    }
  }
}
checkAgreement(corpus.valid, true, 'valid');
checkAgreement(corpus.realistic, true, 'realistic');
checkAgreement(corpus.large, true, 'large');
checkAgreement(corpus.invalid, false, 'invalid');
checkAgreement(corpus.realisticInvalid, false, 'realistic invalid');

/**
 * typia judges the TypeScript types, which carry no formats and no integers: where it disagrees with the
 * package the timing would compare different work, so the disagreements are counted and shown, and the
 * kinds the types cannot express are probed on purpose.
 */
function typiaDisagreements(raws: readonly string[], strict: boolean): string[] {
  const typiaVerdict = strict ? withTypiaEquals : withTypiaIs;
  return raws.filter((raw) => typiaVerdict(raw) !== safeParseEvent(raw, { strict }).success).map(nameOf);
}
const probes: [string, (raw: string) => string][] = [
  ['a date-time field holding "yesterday"', (raw) => raw.replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/, '"yesterday"')],
  ['event_ts holding a fraction (1.5 ms more)', (raw) => raw.replace(/"event_ts":(\d+)/, '"event_ts":$1.5')],
  [
    'an unknown field in the payload object (strict mode)',
    (raw) => raw.replace('"object":{', '"object":{"added_by_zoom":1,'),
  ],
];
const typiaReport: string[] = [];
for (const [set, raws] of [
  ['valid', corpus.valid],
  ['realistic', corpus.realistic],
  ['invalid', corpus.invalid],
  ['realistic invalid', corpus.realisticInvalid],
] as const) {
  for (const strict of [false, true]) {
    const differ = typiaDisagreements(raws, strict);
    typiaReport.push(
      `typia ${strict ? 'equals' : 'is'} vs ${strict ? 'strict ' : ''}parseEvent on the ${set} set: ${differ.length} of ${raws.length} verdicts differ${differ.length ? ` (${differ.slice(0, 3).join(', ')}...)` : ''}`,
    );
  }
}
for (const [probe, change] of probes) {
  const raws = corpus.realistic.map(change).filter((raw, i) => raw !== corpus.realistic[i]);
  const strict = probe.includes('strict');
  const packageRefuses = raws.filter((raw) => !safeParseEvent(raw, { strict }).success).length;
  const typiaRefuses = raws.filter((raw) => !(strict ? withTypiaEquals : withTypiaIs)(raw)).length;
  typiaReport.push(
    `probe, ${probe}: ${raws.length} deliveries; the package refuses ${packageRefuses}, typia ${typiaRefuses}`,
  );
}

function rows(set: string, raws: readonly string[], valid: boolean): TimedTask[] {
  const parsed = raws.map((raw) => JSON.parse(raw) as unknown);
  const tasks: TimedTask[] = [
    { name: `${set}: JSON.parse(raw) alone (the floor)`, fn: each(raws, (raw) => JSON.parse(raw)) },
    valid
      ? { name: `${set}: parseEvent(raw)`, fn: each(raws, (raw) => parseEvent(raw)) }
      : {
          name: `${set}: safeParseEvent(raw), issues built`,
          fn: each(raws, (raw) => safeParseEvent(raw).error!.issues),
        },
  ];
  if (valid) {
    tasks.push({
      name: `${set}: JSON.parse + reading every value, checking nothing (the floor of any validator)`,
      fn: each(raws, (raw) => readEveryValue(JSON.parse(raw))),
    });
    tasks.push({
      name: `${set}: parseEvent(raw, { strict: true })`,
      fn: each(raws, (raw) => parseEvent(raw, { strict: true })),
    });
    tasks.push({
      name: `${set}: safeParseEvent(value), value already parsed`,
      fn: each(parsed, (value) => safeParseEvent(value)),
    });
  }
  tasks.push({ name: `${set}: JSON.parse + ajv compiled at run time`, fn: each(raws, withAjv) });
  tasks.push({ name: `${set}: JSON.parse + zod 4 safeParse`, fn: each(raws, withZod) });
  tasks.push({ name: `${set}: JSON.parse + typia is (ahead of time, no formats)`, fn: each(raws, withTypiaIs) });
  if (valid)
    tasks.push({ name: `${set}: JSON.parse + typia equals (strict counterpart)`, fn: each(raws, withTypiaEquals) });
  return tasks;
}

const sets: [string, readonly string[], boolean][] = [
  [`valid (${corpus.valid.length} deliveries, ${kib(corpus.valid)})`, corpus.valid, true],
  [
    `realistic (${corpus.realistic.length} deliveries, ${kib(corpus.realistic)}, seed ${REALISTIC_SEED})`,
    corpus.realistic,
    true,
  ],
  [`large (${corpus.large.length} deliveries, ${kib(corpus.large)})`, corpus.large, true],
  [`invalid (${corpus.invalid.length} deliveries, ${kib(corpus.invalid)})`, corpus.invalid, false],
  [
    `realistic invalid (${corpus.realisticInvalid.length} deliveries, ${kib(corpus.realisticInvalid)})`,
    corpus.realisticInvalid,
    false,
  ],
];

function kib(raws: readonly string[]): string {
  return `${(raws.reduce((sum, raw) => sum + Buffer.byteLength(raw), 0) / 1024).toFixed(0)} KiB`;
}

console.log(`Node ${process.version}, ${options.rounds} interleaved rounds of ${options.time} ms per row`);
console.log(
  `start-up work outside the table: ajv compiling ${ajv.validators.size} schemas ${ajv.compileMs.toFixed(0)} ms; building the zod schemas ${zodBuildMs.toFixed(0)} ms`,
);
console.log(
  `typia ${TYPIA_VERSION}: validators generated ahead of time by \`typia generate\` in ${typia.generateMs.toFixed(0)} ms (a build step)`,
);
for (const line of typiaReport) console.log(`- ${line}`);
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
