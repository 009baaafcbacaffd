// The one path every parse takes: envelope, event name, then the event's own validator. The check pass
// (default policy, a bare verdict) decides; in strict mode a walk of the fields looks for unknown ones
// after it; the report pass (every error) runs only to explain a failure, or where the walk cannot tell,
// so a valid delivery costs one pass (and, strictly, the walk).
import { MAX_ISSUES, WebhookEventError, type WebhookEventIssue } from '../errors/webhook-event-error.js';
import { describeValue, type EventValidators, jsonTypeOf } from '../kernel/index.js';
import { toIssues } from './to-issues.js';

/** How strictly to judge a payload. */
export interface ParseOptions {
  /**
   * Refuse fields the document does not list, one issue each. Off by default: Zoom adds fields without
   * notice, so production code should accept them; tests that want to notice drift turn this on.
   */
  readonly strict?: boolean;
}

function envelopeError(issue: WebhookEventIssue): WebhookEventError {
  return new WebhookEventError('invalid_envelope', [issue]);
}

/** The event name of a parsed value, or the envelope error that says why there is none. */
export function eventNameOf(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw envelopeError({ path: '', keyword: 'type', message: `expected an object, received ${describeValue(data)}` });
  }
  if (!Object.hasOwn(data, 'event')) {
    throw envelopeError({ path: '/event', keyword: 'required', message: 'required property "event" is missing' });
  }
  const event = (data as { event: unknown }).event;
  if (typeof event !== 'string') {
    throw envelopeError({
      path: '/event',
      keyword: 'type',
      message: `expected string, received ${describeValue(event)}`,
    });
  }
  return event;
}

/**
 * Validates `data` (fresh, plain JSON data) as the event `name`, whose validators are given.
 * Returns nothing when valid; throws WebhookEventError (invalid_payload) otherwise.
 */
export function validateEvent(
  data: unknown,
  name: string,
  validators: EventValidators,
  options: ParseOptions | undefined,
): void {
  const strict = options?.strict === true;
  const [check, report] = validators;
  // ajv's code decides whether the payload matches its schema; in strict mode a walk of its fields must
  // also find no unknown field. The report pass explains a refusal (it stops at MAX_ISSUES), and decides
  // when the walk cannot tell.
  const matchesSchema = check(data);
  if (matchesSchema && (!strict || report.onlyKnownFields(data))) return;
  const { errors, truncated } = report.collect(data, { maxErrors: MAX_ISSUES, unknownFields: strict });
  if (matchesSchema && errors.length === 0) return;
  let issues = toIssues(errors, data);
  if (issues.length === 0) {
    // Cannot happen (both passes are proven against ajv on the same schemas); say so rather than pass it.
    issues = [{ path: '', keyword: 'schema', message: `refused by the ${name} schema (received ${jsonTypeOf(data)})` }];
  }
  throw new WebhookEventError('invalid_payload', issues, name, truncated);
}
