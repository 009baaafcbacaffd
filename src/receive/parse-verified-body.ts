// One parse of a verified body, and where it goes: a valid event, an unknown one, an invalid delivery
// (not JSON, not an envelope, off its schema), or Zoom's URL validation challenge.
import { quoteText } from '../kernel/index.js';
import { WebhookEventError } from '../errors/webhook-event-error.js';
import { readInput } from '../parse/read-input.js';
import { safeParseEvent } from '../parse/safe-parse-event.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import { isUrlValidationEvent } from './url-validation-event.js';

/**
 * A genuine delivery (its signature verified) that is not a valid ContactCenterEvent: an object with a
 * string `event`, otherwise unchecked.
 */
export interface UnvalidatedEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

/** What one parse of a verified body found, and which of the application's hooks it goes to. */
export type ParsedBody =
  | { readonly kind: 'event'; readonly event: ContactCenterEvent }
  | { readonly kind: 'unknown'; readonly event: UnvalidatedEvent }
  | { readonly kind: 'invalid'; readonly event: unknown; readonly error: WebhookEventError }
  | { readonly kind: 'url_validation'; readonly plainToken: string | undefined };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the body once: a byte order mark, or two, is dropped the same way for every outcome. */
export function parseVerifiedBody(body: Uint8Array, strict: boolean): ParsedBody {
  let data: unknown;
  try {
    data = readInput(body);
  } catch (error) {
    if (error instanceof WebhookEventError) return { kind: 'invalid', event: undefined, error };
    throw error;
  }
  if (isRecord(data) && data['event'] === 'endpoint.url_validation') {
    return { kind: 'url_validation', plainToken: isUrlValidationEvent(data) ? data.payload.plainToken : undefined };
  }
  const parsed = safeParseEvent(data, { strict });
  if (parsed.success) return { kind: 'event', event: parsed.data };
  if (parsed.error.code === 'unknown_event') return { kind: 'unknown', event: data as UnvalidatedEvent };
  return { kind: 'invalid', event: data, error: parsed.error };
}

/** The 200 body for each outcome: a warning says the delivery was kept but not as a valid event. */
export function acknowledgement(parsed: Exclude<ParsedBody, { kind: 'url_validation' }>): Record<string, unknown> {
  if (parsed.kind === 'event') return { received: true };
  if (parsed.kind === 'unknown') return { received: true, warning: 'unknown_event' };
  return { received: true, warning: parsed.error.code };
}

/** How a message names what was delivered: `"contact_center.task_created"`, or `a delivery`. */
export function describeEvent(event: unknown): string {
  return isRecord(event) && typeof event['event'] === 'string' ? quoteText(event['event'], 100) : 'a delivery';
}
