import type { CompiledValidator, CompiledValidatorError } from './compiled-validator.js';
import { collectErrors } from './collect-errors.js';
import type { ValidationSchema } from './schema-keywords.js';

/**
 * A validator that reports every error of a schema (in `errors`, null when valid), as ajv's allErrors
 * does. The schema may be given lazily, as a function called on first use.
 */
export function reportValidator(schema: ValidationSchema | (() => ValidationSchema)): CompiledValidator {
  let resolved = typeof schema === 'function' ? undefined : schema;
  const validate: CompiledValidator = (data: unknown): boolean => {
    resolved ??= (schema as () => ValidationSchema)();
    const errors: CompiledValidatorError[] = [];
    collectErrors(resolved, data, '', errors);
    validate.errors = errors.length === 0 ? null : errors;
    return errors.length === 0;
  };
  return validate;
}
