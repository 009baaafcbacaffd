import type { CollectOptions, CollectedErrors, CompiledValidatorError, ReportValidator } from './compiled-validator.js';
import { collectErrors, type ErrorSink } from './collect-errors.js';
import { knownFieldsTest } from './known-fields.js';
import type { ValidationSchema } from './schema-keywords.js';

/**
 * A validator that reports the errors of a schema: called, every error (in `errors`, null when valid), as
 * ajv's allErrors does; through `collect`, at most `maxErrors` of them, found without looking further.
 * The schema may be given lazily, as a function called on first use.
 */
export function reportValidator(schema: ValidationSchema | (() => ValidationSchema)): ReportValidator {
  let resolved = typeof schema === 'function' ? undefined : schema;
  const resolve = (): ValidationSchema => (resolved ??= (schema as () => ValidationSchema)());
  const run = (data: unknown, sink: ErrorSink): CompiledValidatorError[] => {
    collectErrors(resolve(), data, '', sink);
    return sink.errors;
  };
  const collect = (data: unknown, options: CollectOptions): CollectedErrors => {
    // One more than asked for: finding it is what says that there are more.
    const sink = {
      errors: [],
      limit: options.maxErrors + 1,
      unknownFields: options.unknownFields,
      wrongTypeAlone: true,
      branches: 0,
    };
    const errors = run(data, sink);
    const truncated = errors.length > options.maxErrors;
    if (truncated) errors.length = options.maxErrors;
    return { errors, truncated };
  };
  const validate = (data: unknown): boolean => {
    const errors = run(data, { errors: [], limit: Infinity, unknownFields: true, wrongTypeAlone: false, branches: 0 });
    validate.errors = errors.length === 0 ? null : errors;
    return errors.length === 0;
  };
  validate.errors = null as CompiledValidatorError[] | null;
  validate.collect = collect;
  let knownFields: ((data: unknown) => boolean) | undefined;
  validate.onlyKnownFields = (data: unknown): boolean => {
    knownFields ??= knownFieldsTest(resolve());
    return knownFields(data);
  };
  return validate;
}
