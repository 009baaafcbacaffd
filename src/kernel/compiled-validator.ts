/** An error as the generated report validators (report.js) record it: ajv's error, without schemaPath. */
export interface CompiledValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * A validator function written by the generator. Check validators (check.js) only answer; report
 * validators (report.js) also leave every error in `errors` (null when valid).
 */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidatorError[] | null;
}

/**
 * The two validators the generator writes for an event: `check` (ajv standalone code, default policy,
 * a bare verdict) decides; `report` (strict, every error) explains a refusal and judges strict mode.
 */
export type EventValidators = readonly [check: CompiledValidator, report: CompiledValidator];
