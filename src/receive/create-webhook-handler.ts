// The Fetch API handler: (Request) => Promise<Response>, as Hono, Next.js route handlers, Bun, Deno and
// Workers call it; the Node adapter (../node) wraps it. The order of checks is the point: method, then
// signature over the exact bytes received (nothing runs for an unverified request), then parsing.
import type { WebhookEventError } from '../errors/webhook-event-error.js';
import { quoteText } from '../kernel/quote-text.js';
import { safeParseEvent } from '../parse/safe-parse-event.js';
import type { ContactCenterEvent, EventName, EventOf } from '../../generated/types.js';
import { hmacHex } from './hmac-hex.js';
import { importHmacKey } from './import-hmac-key.js';
import { jsonResponse } from './json-response.js';
import { matchSignature, type SignatureFailureReason } from './match-signature.js';
import { readSecrets } from './read-secrets.js';
import { readToleranceSeconds } from './read-tolerance-seconds.js';
import { isUrlValidationEvent } from './url-validation-event.js';

/** What createWebhookHandler returns: a Fetch API handler. */
export type WebhookHandler = (request: Request) => Promise<Response>;

/** A handler per event name, each typed for its event. */
export type EventHandlers = { readonly [N in EventName]?: (event: EventOf<N>) => unknown };

/** A genuine delivery (its signature verified) that is not a valid ContactCenterEvent: an object with a string `event`, otherwise unchecked. */
export interface UnvalidatedEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface WebhookHandlerOptions {
  /** The app's secret token, or several while rotating it (valid if any matches). Empty is refused (TypeError). */
  readonly secret: string | readonly string[];
  /** Handlers by event name; each runs for a valid event of that name, before `onEvent`. */
  readonly on?: EventHandlers;
  /** Runs for every valid event, after its `on` handler. */
  readonly onEvent?: (event: ContactCenterEvent) => unknown;
  /** A verified event whose name the Contact Center document does not know (Zoom adds events). Answered 200. Default: console.warn. */
  readonly onUnknownEvent?: (event: UnvalidatedEvent) => unknown;
  /** A verified event that fails its schema: the document may be wrong, the delivery is genuine. Answered 200. Default: console.warn. */
  readonly onInvalidEvent?: (event: UnvalidatedEvent, error: WebhookEventError) => unknown;
  /** A handler above threw or rejected; the answer is 500 so that Zoom retries. Default: console.error. */
  readonly onError?: (error: unknown, event: UnvalidatedEvent | undefined) => unknown;
  /** How far the request timestamp may be from now, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** Refuse fields the document does not list (as `parseEvent(..., { strict: true })`); such events go to `onInvalidEvent`. */
  readonly strict?: boolean;
}

const LIBRARY = 'zoom-contact-center-webhooks';

const SIGNATURE_MESSAGES: Record<SignatureFailureReason, string> = {
  missing_signature: 'the x-zm-signature or x-zm-request-timestamp header is missing',
  malformed_signature: 'x-zm-signature must be v0=<64 hex digits> and x-zm-request-timestamp whole seconds, each sent once',
  signature_mismatch: 'x-zm-signature does not match the body and timestamp under the secret token',
  stale_timestamp: 'x-zm-request-timestamp is outside the accepted window (a replay, or a wrong clock)',
};

/**
 * A Fetch handler that receives Zoom Contact Center webhooks: verifies the signature over the raw bytes,
 * answers URL validation, parses and validates the event, runs your handlers, and answers Zoom:
 * 405 not POST; 401 unverified (no handler runs); 200 URL validation; 400 broken JSON or no event envelope;
 * 200 unknown event (onUnknownEvent) or off-spec event (onInvalidEvent); 200 after `on[name]` and `onEvent`;
 * 500 when a handler throws (onError), so Zoom retries. Handlers run before the answer and Zoom wants it
 * within 3 seconds: keep them quick, or hand the event to a queue.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  // Checked now, so a missing secret fails at startup rather than on the first delivery.
  const secrets = readSecrets(options.secret);
  const toleranceSeconds = readToleranceSeconds(options.toleranceSeconds);
  const parseOptions = { strict: options.strict === true };
  const on: EventHandlers = options.on ?? {};
  const onError = options.onError ?? ((error, event) => console.error(`${LIBRARY}: a handler for ${event === undefined ? 'a delivery' : quoteText(event.event, 100)} failed; answered 500 so that Zoom retries:`, error));
  const onUnknownEvent = options.onUnknownEvent ?? ((event) => console.warn(`${LIBRARY}: ${quoteText(event.event, 100)} is not in the Contact Center document; acknowledged with 200. Pass onUnknownEvent to handle it.`));
  const onInvalidEvent = options.onInvalidEvent ?? ((_event, error) => console.warn(`${LIBRARY}: ${error.message}; acknowledged with 200 (the delivery is genuine). Pass onInvalidEvent to handle it.`));
  let keys: Promise<CryptoKey[]> | undefined;

  /** Runs the application's handlers: 200 when they finish, 500 (and onError) when one throws. */
  async function runHandlers(event: UnvalidatedEvent, work: () => Promise<unknown>, answer: Record<string, unknown>): Promise<Response> {
    try {
      await work();
      return jsonResponse(200, answer);
    } catch (error) {
      await report(error, event);
      return jsonResponse(500, { error: 'handler_failed', message: 'the delivery was verified but handling it failed; Zoom will retry it' });
    }
  }

  async function report(error: unknown, event: UnvalidatedEvent | undefined): Promise<void> {
    try {
      await onError(error, event);
    } catch (failure) {
      console.error(`${LIBRARY}: onError threw while reporting`, error, failure);
    }
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return jsonResponse(405, { error: 'method_not_allowed', message: `Zoom delivers webhooks with POST, not ${request.method}` }, { allow: 'POST' });
    }
    if (request.bodyUsed) {
      await report(new TypeError('the request body was already read before the webhook handler got it, so the raw bytes the signature covers are gone; pass the request untouched'), undefined);
      return jsonResponse(500, { error: 'body_already_read', message: 'the request body was read before the webhook handler' });
    }
    let body: Uint8Array;
    try {
      body = new Uint8Array(await request.arrayBuffer());
    } catch {
      return jsonResponse(400, { error: 'unreadable_body', message: 'the request body could not be read to the end' });
    }

    keys ??= Promise.all(secrets.map(importHmacKey));
    const match = await matchSignature({
      keys: await keys,
      body,
      signature: request.headers.get('x-zm-signature'),
      timestamp: request.headers.get('x-zm-request-timestamp'),
      toleranceSeconds,
      nowMs: Date.now(),
    });
    if (!match.valid) return jsonResponse(401, { error: 'invalid_signature', reason: match.reason, message: SIGNATURE_MESSAGES[match.reason] });

    const parsed = safeParseEvent(body, parseOptions);
    if (parsed.success) {
      const event = parsed.data;
      const handler = Object.hasOwn(on, event.event) ? (on[event.event] as ((event: ContactCenterEvent) => unknown) | undefined) : undefined;
      return runHandlers(event as unknown as UnvalidatedEvent, async () => {
        await handler?.(event);
        await options.onEvent?.(event);
      }, { received: true });
    }

    const { error } = parsed;
    if (error.code === 'invalid_json' || error.code === 'invalid_envelope') {
      return jsonResponse(400, { error: error.code, message: error.message, issues: error.issues });
    }
    // Unknown or off-spec, but an object with a string `event` that parsed once already: read it again as it came.
    const raw = JSON.parse(new TextDecoder().decode(body)) as UnvalidatedEvent;
    if (raw.event === 'endpoint.url_validation') {
      if (!isUrlValidationEvent(raw)) {
        return jsonResponse(400, { error: 'invalid_url_validation', message: 'endpoint.url_validation needs a number event_ts and a non-empty string payload.plainToken' });
      }
      // The secret that verified the challenge is the one Zoom expects it answered with (matters while rotating).
      const encryptedToken = await hmacHex((await keys)[match.keyIndex]!, raw.payload.plainToken);
      return jsonResponse(200, { plainToken: raw.payload.plainToken, encryptedToken });
    }
    if (error.code === 'unknown_event') return runHandlers(raw, async () => onUnknownEvent(raw), { received: true, warning: 'unknown_event' });
    return runHandlers(raw, async () => onInvalidEvent(raw, error), { received: true, warning: 'invalid_payload' });
  }

  return async function handleWebhook(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch (error) {
      // Not reachable by any request we know of (Web Crypto missing, say); still a JSON answer, and reported.
      await report(error, undefined);
      return jsonResponse(500, { error: 'internal_error', message: 'the webhook handler failed unexpectedly' });
    }
  };
}
