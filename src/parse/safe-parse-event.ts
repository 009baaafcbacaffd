import { WebhookEventError } from '../errors/webhook-event-error.js';
import type { ParseOptions } from '../validation/validate-event.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import { describeThrown } from '../kernel/index.js';
import { parseEvent } from './parse-event.js';

/** What safeParseEvent returns: the event, or the error that parseEvent would have thrown. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: WebhookEventError };

/** Like parseEvent, but never throws: `{ success: true, data }` or `{ success: false, error }`. */
export function safeParseEvent(input: unknown, options?: ParseOptions): SafeParseResult<ContactCenterEvent> {
  try {
    return { success: true, data: parseEvent(input, options) };
  } catch (error) {
    if (error instanceof WebhookEventError) return { success: false, error };
    // A bug of ours (parseEvent throws nothing else, for any input): still an answer, with the cause attached.
    const message = `validation failed unexpectedly: ${describeThrown(error)}`;
    const wrapped = new WebhookEventError('invalid_payload', [{ path: '', keyword: 'internal', message }]);
    return { success: false, error: Object.assign(wrapped, { cause: error }) };
  }
}
