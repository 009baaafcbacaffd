// ajv's errors, turned into issues a person can act on: a JSON Pointer to the exact value (for a
// missing or unknown property, the property itself) and a message saying what was expected and what came.
import { MAX_ISSUES, type WebhookEventIssue } from '../errors/webhook-event-error.js';
import type { CompiledValidatorError } from '../kernel/compiled-validator.js';
import { describeValue } from '../kernel/describe-value.js';
import { formatRule } from '../kernel/formats.js';
import { escapePointerToken as escapeToken, valueAtPointer as valueAt } from '../kernel/json-pointer.js';

const list = (values: unknown): string => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values));

function toIssue(error: CompiledValidatorError, data: unknown): WebhookEventIssue {
  const { keyword, params } = error;
  let path = error.instancePath;
  const received = (): string => describeValue(valueAt(data, path));
  let message: string;
  switch (keyword) {
    case 'required':
      path += `/${escapeToken(String(params.missingProperty))}`;
      message = `required property "${String(params.missingProperty)}" is missing`;
      break;
    case 'additionalProperties':
      path += `/${escapeToken(String(params.additionalProperty))}`;
      message = `unknown property "${String(params.additionalProperty)}" (not in the document; refused in strict mode)`;
      break;
    case 'type':
      message = `expected ${String(params.type).split(',').join(' or ')}, received ${received()}`;
      break;
    case 'enum':
      message = `expected one of ${list(params.allowedValues)}, received ${received()}`;
      break;
    case 'const':
      message = `expected ${JSON.stringify(params.allowedValue)}, received ${received()}`;
      break;
    case 'format':
      message = `expected ${formatRule(params.format)?.expected ?? `a "${String(params.format)}" string`}, ` +
        `received ${received()}`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      message = `expected a number ${String(params.comparison)} ${String(params.limit)}, received ${received()}`;
      break;
    case 'minLength':
    case 'maxLength':
      message = `expected ${keyword === 'minLength' ? 'at least' : 'at most'} ${String(params.limit)} characters, received ${received()}`;
      break;
    case 'minItems':
    case 'maxItems':
      message = `expected ${keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} items, received ${received()}`;
      break;
    case 'pattern':
      message = `expected a string matching /${String(params.pattern)}/, received ${received()}`;
      break;
    case 'oneOf':
      message = `expected exactly one alternative to match, ${params.passingSchemas ? 'more than one did' : 'none did'}`;
      break;
    case 'anyOf':
      message = 'expected at least one alternative to match, none did';
      break;
    default:
      message = `failed "${keyword}" ${JSON.stringify(params)}, received ${received()}`;
  }
  return { path, message, keyword };
}

/**
 * Issues from ajv's errors. `keepUnknownFields: false` drops the strict-only complaints about fields the
 * document does not list (the default policy accepts those). At most MAX_ISSUES are kept.
 */
export function toIssues(
  errors: readonly CompiledValidatorError[],
  data: unknown,
  keepUnknownFields: boolean,
): { issues: WebhookEventIssue[]; truncated: boolean } {
  const issues: WebhookEventIssue[] = [];
  // A value of the wrong type also fails its enum or const; the type issue alone says it better.
  const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  for (const error of errors) {
    if (!keepUnknownFields && error.keyword === 'additionalProperties') continue;
    if ((error.keyword === 'enum' || error.keyword === 'const') && wrongType.has(error.instancePath)) continue;
    if (issues.length === MAX_ISSUES) return { issues, truncated: true };
    issues.push(toIssue(error, data));
  }
  return { issues, truncated: false };
}
