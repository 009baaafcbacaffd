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

/** How `ReportValidator.collect` bounds its work. */
export interface CollectOptions {
  /** Stop once this many errors are known; `truncated` then says whether there were more. */
  readonly maxErrors: number;
  /**
   * Report the fields `additionalProperties: false` refuses (strict mode). When false they are left out,
   * and cost nothing, except inside anyOf/oneOf/not, where they decide which branch matches.
   */
  readonly unknownFields: boolean;
}

/** What `ReportValidator.collect` found: at most `maxErrors` errors, as issues read them. */
export interface CollectedErrors {
  /** In ajv's order; a value of the wrong type has its type error alone (not also its const or enum). */
  readonly errors: CompiledValidatorError[];
  /** True when there were more than `maxErrors`. */
  readonly truncated: boolean;
}

/** A report validator (report.js): called, it leaves every error in `errors`, as ajv's allErrors does. */
export interface ReportValidator extends CompiledValidator {
  /** The errors of `data`, collected only until `maxErrors` are known. */
  readonly collect: (data: unknown, options: CollectOptions) => CollectedErrors;
  /**
   * For `data` the check validator accepted: true when it holds no field the schema does not list, so
   * that it is valid strictly too, found by a walk of its fields alone. False when it holds one, or
   * when the walk cannot tell (under anyOf, oneOf or not): then `collect` decides.
   */
  readonly onlyKnownFields: (data: unknown) => boolean;
}

/**
 * The two validators the generator writes for an event: `check` (ajv standalone code, default policy,
 * a bare verdict) decides; `report` (strict, every error) explains a refusal and judges strict mode.
 */
export type EventValidators = readonly [check: CompiledValidator, report: ReportValidator];
