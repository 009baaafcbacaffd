// The report pass's errors, turned into issues a person can act on: a JSON Pointer to the exact value
// (for a missing or unknown property, the property itself) and a message saying what was expected and
// what came. One small function per keyword; anything the value brought is quoted with quoteText.
import type { WebhookEventIssue } from '../errors/webhook-event-error.js';
import {
  type CompiledValidatorError,
  describeValue,
  escapeControls,
  escapePointerToken as escapeToken,
  formatRule,
  quoteText,
  valueAtPointer as valueAt,
} from '../kernel/index.js';

/** Names shown whole up to this length (a hostile property name may be megabytes long). */
const MAX_NAME = 100;

const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values);
const name = (value: unknown): string => quoteText(String(value), MAX_NAME);

/** What an error's message needs: its params, and a description of the value it is about. */
type Message = (params: Record<string, unknown>, received: () => string, keyword: string) => string;

const limit: Message = (params, received) =>
  `expected a number ${String(params.comparison)} ${String(params.limit)}, received ${received()}`;
const length: Message = (params, received, keyword) =>
  `expected ${keyword === 'minLength' ? 'at least' : 'at most'} ${String(params.limit)} characters, received ${received()}`;
const items: Message = (params, received, keyword) =>
  `expected ${keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} items, received ${received()}`;

const MESSAGES: Readonly<Record<string, Message>> = {
  required: (params) => `required property ${name(params.missingProperty)} is missing`,
  additionalProperties: (params) =>
    `unknown property ${name(params.additionalProperty)} (not in the document; refused in strict mode)`,
  type: (params, received) => `expected ${String(params.type).split(',').join(' or ')}, received ${received()}`,
  enum: (params, received) => `expected one of ${list(params.allowedValues)}, received ${received()}`,
  const: (params, received) => `expected ${JSON.stringify(params.allowedValue)}, received ${received()}`,
  format: (params, received) =>
    `expected ${formatRule(params.format)?.expected ?? `a "${String(params.format)}" string`}, received ${received()}`,
  minimum: limit,
  maximum: limit,
  exclusiveMinimum: limit,
  exclusiveMaximum: limit,
  minLength: length,
  maxLength: length,
  minItems: items,
  maxItems: items,
  pattern: (params, received) => `expected a string matching /${String(params.pattern)}/, received ${received()}`,
  oneOf: (params) =>
    `expected exactly one alternative to match, ${params.passingSchemas ? 'more than one did' : 'none did'}`,
  anyOf: () => 'expected at least one alternative to match, none did',
};

const otherKeyword: Message = (params, received, keyword) =>
  `failed "${keyword}" ${escapeControls(JSON.stringify(params))}, received ${received()}`;

/** The path of the value an error is about: for a missing or unknown property, the property itself. */
function pathOf(error: CompiledValidatorError): string {
  const { keyword, params, instancePath } = error;
  if (keyword === 'required') return `${instancePath}/${escapeToken(String(params.missingProperty))}`;
  if (keyword === 'additionalProperties') return `${instancePath}/${escapeToken(String(params.additionalProperty))}`;
  return instancePath;
}

function toIssue(error: CompiledValidatorError, data: unknown): WebhookEventIssue {
  const { keyword, params } = error;
  const path = pathOf(error);
  const received = (): string => describeValue(valueAt(data, path));
  return { path, message: (MESSAGES[keyword] ?? otherKeyword)(params, received, keyword), keyword };
}

/** Issues from the report pass's errors, one each (it has already left out what the policy accepts). */
export function toIssues(errors: readonly CompiledValidatorError[], data: unknown): WebhookEventIssue[] {
  return errors.map((error) => toIssue(error, data));
}
