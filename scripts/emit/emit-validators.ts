// Validators, written here, ahead of time, so nothing is compiled (and no `new Function` runs) where the
// package is used, and nothing from ajv or ajv-formats is needed at run time. Two modules, each with one
// export per event:
// - check.js: ajv standalone code for the default policy (unknown fields accepted), answering with a bare
//   verdict. It decides every parse and every guard; valid deliveries, the common case, pay for it alone.
// - report.js: strict (unknown fields refused), the schemas as data for src/kernel/collect-errors.ts,
//   which reports every error as ajv's allErrors mode does, in ajv's order. Run only when the check pass
//   failed, or in strict mode; in default mode its unknown-field errors are dropped (see src/validation).
//   Data plus one small interpreter instead of a second body of ajv code keeps bundles small: ajv's own
//   allErrors code for the 122 events is about 58 KiB gzipped.
// The schemas they are written from carry no descriptions or examples (see validation-schemas.ts).
import * as kernelEntry from '../../src/kernel/index.ts';
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { checkSchema, reportSchema } from '../normalise/validation-schemas.ts';
import { writeAjvCheckModule } from './write-ajv-check-module.ts';
import type { CheckedFormat } from './validator-module-types.ts';
import { writeReportModule } from './write-report-module.ts';

/** The kernel's format table as the check module is written from it: each check by its kernel export name. */
export const CHECKED_FORMATS: Readonly<Record<string, CheckedFormat>> = Object.fromEntries(
  Object.entries(kernelEntry.FORMATS).map(([name, rule]) => [
    name,
    {
      check: kernelExportOf(rule.check, name),
      type: rule.type,
      passesEveryInteger: 'passesEveryInteger' in rule && rule.passesEveryInteger,
    },
  ]),
);

function kernelExportOf(check: unknown, format: string): string {
  const found = Object.entries(kernelEntry).find(([, value]) => value === check);
  if (!found)
    throw new Error(
      `the check of format "${format}" is not exported by the kernel entry, so generated code cannot import it`,
    );
  return found[0];
}

export interface ValidatorModules {
  check: string;
  report: string;
}

export function emitValidators(events: readonly NormalisedEvent[], kernel: string, header: string): ValidatorModules {
  // A format without a check stays an annotation, as JSON Schema allows (the normaliser reports it).
  return {
    check: writeAjvCheckModule(
      events.map((event) => ({ exportName: event.typeName, schema: checkSchema(event.schema) })),
      { formats: CHECKED_FORMATS, kernel, header },
    ),
    report: writeReportModule(
      events.map((event) => ({ exportName: event.typeName, schema: reportSchema(event.schema) })),
      { kernel, header },
    ),
  };
}
