// Differential fuzz: random schemas over every keyword the validators implement (and the combinations
// the document does not use yet: oneOf, anyOf, allOf, not, maps, type unions, limits, patterns, boolean
// schemas), written as ajv standalone check code (with this package's rewrites) and read by collectErrors, compared with ajv on values drawn near
// each schema. FUZZ_SEED=<n> explores other schemas; a failure names the seed and the schema.
import { describe, expect, it } from 'vitest';
import { CHECKED_FORMATS } from '../../scripts/emit/emit-validators.ts';
import { writeAjvCheckModule } from '../../scripts/emit/write-ajv-check-module.ts';
import { reportValidator } from '../../src/kernel/report-validator.ts';
import { loadValidatorModule } from './load-validator-module.ts';
import { createRandom, randomSchema, randomValue, UNCHECKED_FORMAT, type Schema } from './random-schemas.ts';
import { fingerprint, referenceAjv, reported } from './reference-ajv.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_124);
const SCHEMAS = 400;
const VALUES_PER_SCHEMA = 40;

describe(`random schemas (seed ${SEED})`, () => {
  const random = createRandom(SEED);
  const schemas: Schema[] = Array.from({ length: SCHEMAS }, () => randomSchema(random));
  const roots = schemas.map((schema, i) => ({ exportName: `S${i}`, schema: schema as Exclude<Schema, boolean> }));

  it('are judged as ajv judges them, with the same errors in the same order', () => {
    const [firstError, allErrors] = [referenceAjv(false, [UNCHECKED_FORMAT]), referenceAjv(true, [UNCHECKED_FORMAT])];
    // Combinations ajv's strict mode refuses to compile are left out here and below; the generator never meets them.
    const compilable = roots.filter((root) => {
      try {
        firstError.compile(root.schema);
        return true;
      } catch {
        return false;
      }
    });
    const check = loadValidatorModule(
      writeAjvCheckModule(compilable, { formats: CHECKED_FORMATS, kernel: 'kernel', header: '' }),
    );
    const report = Object.fromEntries(roots.map((root) => [root.exportName, reportValidator(root.schema)]));
    let compiled = 0;
    let [accepted, refused] = [0, 0];
    schemas.forEach((schema, i) => {
      let reference: { open: ReturnType<typeof firstError.compile>; all: ReturnType<typeof allErrors.compile> };
      try {
        reference = { open: firstError.compile(schema), all: allErrors.compile(schema) };
      } catch {
        return; // a combination ajv's strict mode refuses to compile; the generator never meets it
      }
      compiled++;
      for (let n = 0; n < VALUES_PER_SCHEMA; n++) {
        const value = randomValue(schema, random);
        const verdict = reference.open(value);
        if (verdict) accepted++;
        else refused++;
        const ours = { check: check[`S${i}`]!(value), report: report[`S${i}`]!(value) };
        const theirs = { check: verdict, report: reference.all(value) };
        if (
          ours.check !== theirs.check ||
          ours.report !== theirs.report ||
          fingerprint(report[`S${i}`]!.errors) !== fingerprint(reference.all.errors)
        ) {
          expect(
            { ...ours, errors: reported(report[`S${i}`]!.errors) },
            `seed ${SEED}, schema ${JSON.stringify(schema)}, value ${JSON.stringify(value)}`,
          ).toEqual({
            ...theirs,
            errors: reported(reference.all.errors),
          });
        }
      }
    });
    expect(compiled).toBeGreaterThan(SCHEMAS * 0.9);
    // Values near the schemas, not all junk: both verdicts are common.
    expect(Math.min(accepted, refused)).toBeGreaterThan(compiled * VALUES_PER_SCHEMA * 0.2);
  });
});
