// The kernel: the runtime that generated code calls, and the one module of src/ it imports (the generator
// names it in scripts/spec-paths.ts). Nothing here imports generated/; the rest of src/ builds on it, and
// imports it through this module only, since the build ships it as one file, dist/kernel.{js,cjs}, that
// the check validators and every entry point import (tsup.config.ts).
export { equal, ucs2length } from './ajv-runtime.js';
export type {
  CompiledValidator,
  CompiledValidatorError,
  EventValidators,
  ReportValidator,
} from './compiled-validator.js';
export { createGuard, matches } from './create-guard.js';
export { dateTimeFormat, emailFormat, int32Format, int64Format } from './format-checks.js';
export { reportValidator } from './report-validator.js';
export { schemaTable } from './schema-table.js';
export { FORMATS, formatRule, type FormatName, type FormatRule } from './formats.js';
export { mapSubschemas } from './map-subschemas.js';
export { ANNOTATION_KEYWORDS, SUBSCHEMA_KEYWORDS, type ValidationSchema } from './schema-keywords.js';
export { describeThrown, describeValue, jsonTypeOf } from './describe-value.js';
export { escapePointerToken, unescapePointerToken, valueAtPointer } from './json-pointer.js';
export { escapeControls, printableText, quoteText } from './quote-text.js';
export { NotJsonDataError, snapshot } from './snapshot.js';
