// The generated validators accept and refuse exactly what ajv does when compiling the same validation
// schemas (what the package shipped before it wrote its own validator code), and the report pass reports
// the same errors in the same order, over every example of the document and of the generator's test
// fixture, and every mutation of them (see mutations.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as check from '../../generated/validators/check.js';
import * as report from '../../generated/validators/report.js';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { applyErrata, type ErrataFile } from '../../scripts/errata/apply-errata.ts';
import { emitValidators } from '../../scripts/emit/emit-validators.ts';
import { buildExample } from '../../scripts/examples/build-example.ts';
import { normaliseDocument, type NormalisedEvent } from '../../scripts/normalise/normalise-document.ts';
import { checkSchema, reportSchema } from '../../scripts/normalise/validation-schemas.ts';
import type { OpenApiDocument } from '../../scripts/openapi.ts';
import { ERRATA_JSON, SPEC_JSON } from '../../scripts/spec-paths.ts';
import type { CompiledValidator } from '../../src/kernel/compiled-validator.ts';
import { ROOT } from '../support/paths.ts';
import { loadValidatorModule } from './load-validator-module.ts';
import { mutationsOf } from './mutations.ts';
import { fingerprint, referenceAjv, reported } from './reference-ajv.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

interface Case {
  event: NormalisedEvent;
  check: CompiledValidator;
  report: CompiledValidator;
  /** A full example and a minimal one. */
  values: [unknown, unknown];
}

function documentCases(): Case[] {
  const events = normaliseDocument(
    applyErrata(readJson<OpenApiDocument>(SPEC_JSON), readJson<ErrataFile>(ERRATA_JSON)),
  );
  const shipped = {
    check: check as unknown as Record<string, CompiledValidator>,
    report: report as unknown as Record<string, CompiledValidator>,
  };
  return events.map((event) => ({
    event,
    check: shipped.check[event.typeName]!,
    report: shipped.report[event.typeName]!,
    values: [examples[event.name as keyof typeof examples], minimalExamples[event.name as keyof typeof examples]],
  }));
}

function fixtureCases(): Case[] {
  const events = normaliseDocument(readJson<OpenApiDocument>('test/generator/fixtures/zoom-style.openapi.json'));
  const modules = emitValidators(events, 'kernel', '');
  const [checkModule, reportModule] = [loadValidatorModule(modules.check), loadValidatorModule(modules.report)];
  return events.map((event) => ({
    event,
    check: checkModule[event.typeName]!,
    report: reportModule[event.typeName]!,
    values: [buildExample(event.schema, { optional: 'all' }), buildExample(event.schema, { optional: 'none' })],
  }));
}

function compare(cases: Case[], uncheckedFormats: string[]): { values: number; refused: number } {
  const [firstError, allErrors] = [referenceAjv(false, uncheckedFormats), referenceAjv(true, uncheckedFormats)];
  let values = 0;
  let refused = 0;
  for (const { event, check, report, values: starts } of cases) {
    const open = firstError.compile(checkSchema(event.schema));
    const closed = allErrors.compile(reportSchema(event.schema));
    // The full example's mutations cover the minimal one's (deleting each optional field among them).
    for (const value of [starts[1], starts[0], ...mutationsOf(starts[0])]) {
      values++;
      const expected = open(value);
      if (check(value) !== expected) expect.fail(`${event.name}: check says ${!expected} of ${JSON.stringify(value)}`);
      if (!expected) refused++;
      const [verdict, strictVerdict] = [report(value), closed(value)];
      if (verdict !== strictVerdict || fingerprint(report.errors) !== fingerprint(closed.errors)) {
        expect(
          { verdict, errors: reported(report.errors) },
          `${event.name}: report on ${JSON.stringify(value)}`,
        ).toEqual({ verdict: strictVerdict, errors: reported(closed.errors) });
      }
    }
  }
  return { values, refused };
}

describe('generated validators equal ajv on the same schemas', () => {
  it("on the document's events, every example and every mutation", () => {
    const { values, refused } = compare(documentCases(), []);
    expect(values).toBeGreaterThan(50_000);
    expect(refused).toBeGreaterThan(values / 2);
  });

  it("on the generator's fixture (oneOf, anyOf, allOf, maps, nullables, limits, patterns)", () => {
    const { values, refused } = compare(fixtureCases(), ['datetime']);
    expect(values).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(values / 4);
  });
});
