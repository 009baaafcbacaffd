// The reference the generated validators must equal: ajv compiling the same validation schemas with the
// options the generator used when it emitted ajv's own standalone code (draft-07 Ajv class, strict, first
// error or all errors), and the package's own format checks.
import Ajv, { type ErrorObject, type Format, type ValidateFunction } from 'ajv';
import type { SchemaObject } from '../../scripts/openapi.ts';
import { FORMATS } from '../../src/kernel/formats.ts';

const CHECKS: Record<string, Format> = Object.fromEntries(
  Object.entries(FORMATS).map(([name, rule]) => [name, { type: rule.type, validate: rule.check } as Format]),
);

/** An error as the package reads it: where, which keyword, with what parameters. */
export interface ReportedError {
  instancePath: string;
  keyword: string;
  params: unknown;
}

export const reported = (errors: readonly ReportedError[] | null | undefined): ReportedError[] | null =>
  errors ? errors.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })) : null;

/** The errors as one string, to compare many cheaply (params are JSON: names, limits, schema values). */
export const fingerprint = (errors: readonly ReportedError[] | null | undefined): string =>
  errors
    ? errors
        .map((error) => `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`)
        .join('\u0001')
    : 'null';

export function referenceAjv(
  allErrors: boolean,
  uncheckedFormats: readonly string[] = [],
): { compile: (schema: SchemaObject | boolean) => ValidateFunction } {
  const ajv = new Ajv.default({
    allErrors,
    messages: false,
    strict: true,
    strictTypes: false,
    allowUnionTypes: true,
    unicodeRegExp: true,
    inlineRefs: true,
    logger: false,
  });
  for (const [name, format] of Object.entries(CHECKS)) ajv.addFormat(name, format);
  for (const name of uncheckedFormats) ajv.addFormat(name, true);
  return { compile: (schema) => ajv.compile(schema as SchemaObject) };
}

export type { ErrorObject };
