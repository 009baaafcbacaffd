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
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { collectFormats, checkSchema, reportSchema } from '../normalise/validation-schemas.ts';
import { writeAjvCheckModule } from './write-ajv-check-module.ts';
import type { CheckedFormat } from './validator-module-types.ts';
import { writeReportModule } from './write-report-module.ts';

/** Formats with a check in src/kernel/format-checks.ts: the name it exports the check under, and the JSON type it applies to. */
export const CHECKED_FORMATS: Readonly<Record<string, CheckedFormat>> = {
  'date-time': { check: 'dateTimeFormat', type: 'string' },
  email: { check: 'emailFormat', type: 'string' },
  int32: { check: 'int32Format', type: 'number' },
  int64: { check: 'int64Format', type: 'number' },
};

export interface ValidatorModules {
  check: string;
  report: string;
  /** Formats the document uses that are not checked (they stay annotations, as JSON Schema allows). */
  uncheckedFormats: string[];
}

export function emitValidators(
  events: readonly NormalisedEvent[],
  kernel: string,
  header: string,
): ValidatorModules {
  const formats = new Set<string>();
  for (const event of events) collectFormats(event.schema, formats);
  const uncheckedFormats = [...formats].filter((format) => !Object.hasOwn(CHECKED_FORMATS, format)).sort();
  return {
    check: writeAjvCheckModule(
      events.map((event) => ({ exportName: event.typeName, schema: checkSchema(event.schema) })),
      { formats: CHECKED_FORMATS, kernel, header },
    ),
    report: writeReportModule(
      events.map((event) => ({ exportName: event.typeName, schema: reportSchema(event.schema) })),
      { kernel, header },
    ),
    uncheckedFormats,
  };
}
