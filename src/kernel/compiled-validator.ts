/** An error as the generated report validators (full.js) record it: ajv's error, without schemaPath. */
export interface CompiledValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * A validator function written by the generator. Check validators (fast.js) only answer; report
 * validators (full.js) also leave every error in `errors` (null when valid).
 */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidatorError[] | null;
}
