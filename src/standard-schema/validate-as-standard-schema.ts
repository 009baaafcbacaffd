// The one validate function behind every Standard Schema this library exposes: parseEvent's policy and
// messages, in Standard Schema's result shape. The value is the parsed delivery (an object), as the
// libraries that call Standard Schemas pass it; a raw body goes to parseEvent instead.
import { quoteText } from '../kernel/index.js';
import { isRawBody } from '../parse/read-input.js';
import { safeParseEvent } from '../parse/safe-parse-event.js';
import type { ContactCenterEvent, EventName } from '../../generated/types.js';
import { pointerToPath } from './pointer-to-path.js';
import type { StandardSchemaV1 } from './standard-schema-v1.js';

export const VENDOR = 'zoom-contact-center-webhooks';

function failure(message: string, path?: PropertyKey[]): StandardSchemaV1.FailureResult {
  return { issues: [path === undefined ? { message } : { message, path }] };
}

/** `libraryOptions.strict`, when a boolean, overrides the schema's own setting for one call. */
function strictFor(options: StandardSchemaV1.Options | undefined, strict: boolean): boolean {
  const requested = options?.libraryOptions?.strict;
  return typeof requested === 'boolean' ? requested : strict;
}

/**
 * Validates `value` as any event of the document, or (with `expected`) as that event only.
 * Never throws; the result holds a fresh copy of the value, as parseEvent returns it.
 */
export function validateAsStandardSchema(
  value: unknown,
  expected: EventName | undefined,
  strict: boolean,
  options: StandardSchemaV1.Options | undefined,
): StandardSchemaV1.Result<ContactCenterEvent> {
  if (isRawBody(value)) {
    return failure('expected a parsed delivery (an object), received a raw body; give raw bodies to parseEvent');
  }
  // The value is read once, by safeParseEvent; the event it names is taken from the result, never re-read.
  const result = safeParseEvent(value, { strict: strictFor(options, strict) });
  const event = result.success ? result.data.event : result.error.event;
  if (expected !== undefined && event !== undefined && event !== expected) {
    return failure(`expected the event "${expected}", received ${quoteText(event, 100)}`, ['event']);
  }
  if (result.success) return { value: result.data };
  return {
    issues: result.error.issues.map((issue) => {
      const path = pointerToPath(issue.path, value);
      return path === undefined ? { message: issue.message } : { message: issue.message, path };
    }),
  };
}
