// The check createEvent and the toBeZoomEvent matcher share: is this value a valid event, or, when a
// name is given, a valid event of that name (judged by that event's schema, so a wrong `event` is one
// issue among the others rather than a different schema)? Values only: a JSON string or bytes are a
// body, not an event, and are refused as such instead of being parsed.
import { WebhookEventError } from '../errors/webhook-event-error.js';
import { parseEvent } from '../parse/parse-event.js';
import { isRawBody, readInput } from '../parse/read-input.js';
import { describeValue } from '../kernel/index.js';
import { validateEvent, type ParseOptions } from '../validation/validate-event.js';
import { validatorsOf } from '../../generated/validator-table.js';
import type { ContactCenterEvent } from '../../generated/types.js';

/**
 * The value as a fresh, validated event. Throws WebhookEventError when it is not one, and TypeError
 * when `name` is not an event of the document (a mistake in the test, not in the value).
 */
export function validateAsEvent(value: unknown, name: string | undefined, options?: ParseOptions): ContactCenterEvent {
  const validators = name === undefined ? undefined : validatorsOf(name);
  if (name !== undefined && validators === undefined) {
    throw new TypeError(`${JSON.stringify(name)} is not an event of the Zoom Contact Center document`);
  }
  if (isRawBody(value)) {
    const message = `expected an event object, received ${typeof value === 'string' ? `the string ${describeValue(value)}` : 'bytes'} (parse a body with parseEvent)`;
    throw new WebhookEventError(
      name === undefined ? 'invalid_envelope' : 'invalid_payload',
      [{ path: '', keyword: 'type', message }],
      name,
    );
  }
  if (name === undefined) return parseEvent(value, options);
  const data = readInput(value);
  validateEvent(data, name, validators!, options);
  return data as ContactCenterEvent;
}
