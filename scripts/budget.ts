// npm run budget [-- --tarball FILE] [--sizes-only] [--rounds N] [--time MS] [--runs N]
// Measures the packed package against the performance budgets (scripts/budget/budgets.ts), all in one
// run: bundle and tarball sizes (fail when over budget), and the parse, strict and start-up ratios and the
// type-check time (printed only: timings on a shared machine are noisy, ratios taken in one run less so).
// dist/ is rebuilt first when it is missing or older than src/ or generated/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eventNames } from '../generated/event-names.ts';
import { examples } from '../generated/examples.ts';
import * as budgets from './budget/budgets.ts';
import { measureBundle, type BundleSize } from './budget/measure-bundles.ts';
import { measureHostileInput } from './budget/measure-hostile-input.ts';
import { measureParseRatios } from './budget/measure-parse-ratio.ts';
import { measureStartUp } from './budget/measure-start-up.ts';
import { measureTypeCheck } from './budget/measure-type-check.ts';
import { packPackage } from './budget/pack-package.ts';
import { eventTypeNames } from './normalise/type-names.ts';
import { ROOT } from './spec-paths.ts';

const { values } = parseArgs({
  options: {
    tarball: { type: 'string' },
    'sizes-only': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '15' },
    time: { type: 'string', default: '100' },
    runs: { type: 'string', default: '21' },
  },
});

const newest = (dir: string): number =>
  Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => statSync(join(dir, path)).mtimeMs));

function ensureBuilt(): void {
  const built = join(ROOT, 'dist/index.js');
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >= Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'generated')))
  )
    return;
  console.log('dist/ is missing or older than src/ or generated/: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const rows: string[][] = [];
let failed = false;
/** A row printed for comparison only: no limit, no verdict. */
const comparison = (label: string, measured: string): void => {
  rows.push([label, measured, '-', '-']);
};
const row = (budget: string, measured: string, limit: string, within: boolean, enforced: boolean): void => {
  if (enforced && !within) failed = true;
  rows.push([
    budget,
    measured,
    limit,
    within ? 'within' : enforced ? 'OVER BUDGET (fails)' : 'over budget (printed only)',
  ]);
};

if (!values.tarball) ensureBuilt();
const pkg = packPackage(ROOT, values.tarball);
try {
  const parseBundle = await measureBundle(pkg, ['parseEvent']);
  row(
    'bundle of `import { parseEvent }` (esbuild --minify, gzip -9)',
    `${kib(parseBundle.gzipped)} (${kib(parseBundle.minified)} minified)`,
    kib(budgets.PARSE_EVENT_BUNDLE_BYTES),
    parseBundle.gzipped <= budgets.PARSE_EVENT_BUNDLE_BYTES,
    true,
  );

  const guards = Object.keys(await import('../generated/guards.ts'));
  if (guards.length !== eventNames.length)
    throw new Error(`expected a guard per event (${eventNames.length}), generated/guards.ts has ${guards.length}`);
  const guardSizes: BundleSize[] = [];
  for (const guard of guards) guardSizes.push(await measureBundle(pkg, [guard]));
  guardSizes.sort((a, b) => a.gzipped - b.gzipped);
  const largest = guardSizes[guardSizes.length - 1]!;
  row(
    `bundle of one guard alone, the largest of ${guards.length} (\`${largest.imports}\`)`,
    `${kib(largest.gzipped)} (${kib(largest.minified)} minified; smallest ${kib(guardSizes[0]!.gzipped)}, median ${kib(guardSizes[guardSizes.length >> 1]!.gzipped)})`,
    kib(budgets.GUARD_BUNDLE_BYTES),
    largest.gzipped <= budgets.GUARD_BUNDLE_BYTES,
    true,
  );
  row(
    'unpacked size of the published tarball (the sum of its files)',
    `${(pkg.unpackedBytes / 1e6).toFixed(2)} MB (${pkg.unpackedBytes.toLocaleString('en')} B)`,
    `${budgets.UNPACKED_BYTES / 1e6} MB`,
    pkg.unpackedBytes <= budgets.UNPACKED_BYTES,
    true,
  );
  for (const names of [['safeParseEvent'], ['isEvent']]) {
    const size = await measureBundle(pkg, names);
    comparison(
      `bundle of \`import { ${size.imports} }\` (for comparison)`,
      `${kib(size.gzipped)} (${kib(size.minified)} minified)`,
    );
  }

  if (!values['sizes-only']) {
    for (const parse of await measureParseRatios(pkg, { rounds: Number(values.rounds), time: Number(values.time) })) {
      const set = `${parse.deliveries} ${parse.corpus} (${(parse.bytes / parse.deliveries).toFixed(0)} B each)`;
      row(
        `parseEvent(raw) / JSON.parse(raw), ${set}`,
        `${parse.ratio.toFixed(2)}x (${parse.parseEventUs.toFixed(0)} µs / ${parse.jsonParseUs.toFixed(0)} µs per pass)`,
        `${budgets.PARSE_RATIO}x`,
        parse.ratio <= budgets.PARSE_RATIO,
        false,
      );
      comparison(
        `floor, for comparison: JSON.parse(raw) + reading every value once, checking nothing / JSON.parse(raw), ${set}`,
        `${parse.floorRatio.toFixed(2)}x (${parse.floorUs.toFixed(0)} µs / ${parse.jsonParseUs.toFixed(0)} µs per pass)`,
      );
      row(
        `parseEvent(raw, { strict: true }) / JSON.parse(raw), ${set}`,
        `${parse.strictRatio.toFixed(2)}x (${parse.strictUs.toFixed(0)} µs / ${parse.jsonParseUs.toFixed(0)} µs per pass)`,
        `${budgets.STRICT_RATIO}x`,
        parse.strictRatio <= budgets.STRICT_RATIO,
        false,
      );
    }
    const raw = JSON.stringify(examples[eventNames[0]!]);
    const check = eventTypeNames(eventNames).get(eventNames[0]!)!;
    const startUp = measureStartUp(pkg, raw, check, Number(values.runs));
    for (const [format, ms, ratio, floor] of [
      ['ESM', startUp.esmMs, startUp.esmRatio, startUp.emptyEsmRatio],
      ['CommonJS', startUp.cjsMs, startUp.cjsRatio, startUp.emptyCjsRatio],
    ] as const) {
      row(
        `start-up: import (${format}) + parse one event, over bare \`node -e 0\``,
        `${ratio.toFixed(2)}x (medians of ${startUp.runs} paired runs; ${ms.toFixed(1)} ms vs ${startUp.bareMs.toFixed(1)} ms)`,
        `${budgets.START_UP_RATIO}x`,
        ratio <= budgets.START_UP_RATIO,
        false,
      );
      comparison(
        `floor, for comparison: import of an empty ${format} module, over bare \`node -e 0\``,
        `${floor.toFixed(2)}x (the same paired runs)`,
      );
    }
    comparison(
      'for comparison: import of the check validators alone (ESM, with the kernel), over bare `node -e 0`',
      `${startUp.checksEsmRatio.toFixed(2)}x (the same paired runs)`,
    );
    comparison(
      `for comparison: the event's checks alone (CommonJS: require of the check validators, then \`${check}\` on the parsed delivery, which loads its files and the kernel), over bare \`node -e 0\``,
      `${startUp.checksCjsRatio.toFixed(2)}x (the same paired runs)`,
    );
    for (const hostile of await measureHostileInput(pkg))
      row(hostile.budget, hostile.measured, hostile.limit, hostile.within, false);
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    for (const skipLibCheck of [true, false]) {
      const typeCheck = measureTypeCheck(pkg, eventNames, tsc, skipLibCheck);
      const label = `type-check: exhaustive switch over ${typeCheck.events} events, tsc --strict, ${skipLibCheck ? 'skipLibCheck (as tsc --init sets it)' : 'every .d.ts checked too (for comparison)'}`;
      const measured = `${typeCheck.totalMs.toFixed(0)} ms whole tsc run (check ${typeCheck.checkMs.toFixed(0)} ms), ${typeCheck.instantiations} instantiations, ${typeCheck.types} types`;
      if (skipLibCheck)
        row(label, measured, `${budgets.TYPE_CHECK_MS} ms`, typeCheck.totalMs <= budgets.TYPE_CHECK_MS, false);
      else comparison(label, measured);
    }
  }
} finally {
  pkg.remove();
}

console.log(`\nBudgets (Node ${process.version}; sizes fail the run, timings are printed only)\n`);
console.log('| budget | measured | limit | result |\n|---|---|---|---|');
for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);
if (failed) {
  console.error('\nbudget: a size budget is exceeded');
  process.exitCode = 1;
}
