// The Fetch API handler: (Request) => Promise<Response>, as Hono, Next.js route handlers, Bun, Deno and
// Workers call it; the Node adapter (../node) wraps it. The order of checks is the point: method, then the
// signature headers (present, well-formed, fresh) before a byte of the body is read, then the body within
// its bound, then the signature over the exact bytes received (nothing runs for an unverified request),
// then one parse, then the application, within Zoom's deadline.
import type { WebhookEventError } from '../errors/webhook-event-error.js';
import { quoteText } from '../kernel/index.js';
import type { ContactCenterEvent, EventName, EventOf } from '../../generated/types.js';
import { readDelivery, type Delivery } from './delivery.js';
import { deliveryKey, type DeliveryClaim, type DeliveryStore } from './delivery-store.js';
import { hmacHex, matchingKeyIndex } from './hmac.js';
import { jsonResponse } from './json-response.js';
import {
  acknowledgement,
  describeEvent,
  parseVerifiedBody,
  type ParsedBody,
  type UnvalidatedEvent,
} from './parse-verified-body.js';

export type { UnvalidatedEvent } from './parse-verified-body.js';
import { readMaxBodyBytes, readToleranceSeconds } from './options.js';
import { readRequestBody } from './read-request-body.js';
import { createKeySource, type SecretSource } from './secret-keys.js';
import { readSignatureHeaders, type SignatureFailureReason } from './signature-headers.js';

/** Where work may go on after the answer: Workers' `ctx.waitUntil`, Next.js `after`, your own queue. */
export type WaitUntil = (promise: Promise<unknown>) => void;

/** What the platform gives one request besides the Request itself. */
export interface WebhookContext {
  /** Answer 200 once the delivery is verified and parsed, and run the handlers inside this. */
  readonly waitUntil?: WaitUntil;
}

/** What createWebhookHandler returns: a Fetch API handler. */
export type WebhookHandler = (request: Request, context?: WebhookContext) => Promise<Response>;

/** A handler per event name, each typed for its event. */
export type EventHandlers = { readonly [N in EventName]?: (event: EventOf<N>, delivery: Delivery) => unknown };

export interface WebhookHandlerOptions {
  /**
   * The app's secret token; several while rotating it (valid if any matches); or a function of the request
   * returning either, at once or as a promise (several apps on one endpoint, hot rotation). Empty is refused
   * (TypeError): at creation for a fixed secret, as a 500 and `onError` for a function's answer.
   */
  readonly secret: SecretSource;
  /** Handlers by event name; each runs for a valid event of that name, before `onEvent`. */
  readonly on?: EventHandlers;
  /** Runs for every valid event, after its `on` handler. */
  readonly onEvent?: (event: ContactCenterEvent, delivery: Delivery) => unknown;
  /** A verified event whose name the Contact Center document does not know (Zoom adds events). Default: warn. */
  readonly onUnknownEvent?: (event: UnvalidatedEvent, delivery: Delivery) => unknown;
  /**
   * A verified delivery that is not a valid event: `error.code` is `invalid_json` (`event` is undefined),
   * `invalid_envelope` (`event` is the parsed JSON, not an object with a string `event`) or `invalid_payload`
   * (`event` is an UnvalidatedEvent that fails its schema). Acknowledged with 200. Default: console.warn.
   */
  readonly onInvalidEvent?: (event: unknown, error: WebhookEventError, delivery: Delivery) => unknown;
  /** A retry of a delivery already handled (`done`) or being handled (`in_progress`); see `deduplicate`. */
  readonly onDuplicate?: (delivery: Delivery, claim: Exclude<DeliveryClaim, 'claimed'>) => unknown;
  /**
   * A handler or hook threw or rejected, outran `handlerTimeoutMs`, or a secret function or the store failed.
   * `event` and `delivery` are what was known by then. Default: console.error.
   */
  readonly onError?: (error: unknown, event: unknown, delivery: Delivery | undefined) => unknown;
  /** How far the request timestamp may be from now, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** Refuse fields the document does not list (as `parseEvent(input, { strict: true })`): to `onInvalidEvent`. */
  readonly strict?: boolean;
  /** The largest body read, in bytes; past it the answer is 413. Default 1 MiB, as `toNodeListener`'s. */
  readonly maxBodyBytes?: number;
  /** Runs each delivery's handlers once across Zoom's retries; see `createMemoryDeliveryStore`. */
  readonly deduplicate?: DeliveryStore;
  /**
   * How long the handlers may run before the answer, in milliseconds. Past it the answer is 503 (so that
   * Zoom retries, as it would after its own 3-second timeout) while the handlers carry on; their success
   * then completes the `deduplicate` claim and their failure releases it. Default 2500. Ignored when the
   * answer comes first (`waitUntil`).
   */
  readonly handlerTimeoutMs?: number;
  /**
   * Answer 200 once verified and parsed, and run the handlers inside this. Per request instead:
   * `handler(request, { waitUntil })`.
   */
  readonly waitUntil?: WaitUntil;
}

const LIBRARY = 'zoom-contact-center-webhooks';

/** Leaves half a second of Zoom's 3 for the network and for verifying. */
export const DEFAULT_HANDLER_TIMEOUT_MS = 2500;

const SIGNATURE_MESSAGES: Record<SignatureFailureReason, string> = {
  missing_signature: 'the x-zm-signature or x-zm-request-timestamp header is missing',
  malformed_signature:
    'x-zm-signature must be v0=<64 hex digits> and x-zm-request-timestamp whole seconds, each sent once',
  signature_mismatch: 'x-zm-signature does not match the body and timestamp under the secret token',
  stale_timestamp: 'x-zm-request-timestamp is outside the accepted window (a replay, or a wrong clock)',
};

const settleTimeout = Symbol('timeout');

/**
 * A Fetch handler that receives Zoom Contact Center webhooks: it checks the signature headers before
 * reading the body, reads at most `maxBodyBytes`, verifies the signature over the raw bytes, answers URL
 * validation, parses once, deduplicates retries, runs your handlers within Zoom's deadline (or after the
 * answer, with `waitUntil`), and answers Zoom. The README's table "What Zoom gets back" lists every answer.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  // Checked now, so a mistake fails at startup rather than on the first delivery.
  const keysFor = createKeySource(options.secret);
  const toleranceSeconds = readToleranceSeconds(options.toleranceSeconds);
  const maxBodyBytes = readMaxBodyBytes(options.maxBodyBytes);
  const handlerTimeoutMs = options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (typeof handlerTimeoutMs !== 'number' || !(handlerTimeoutMs >= 0)) {
    throw new TypeError(`handlerTimeoutMs must be a number of milliseconds >= 0, received ${String(handlerTimeoutMs)}`);
  }
  const strict = options.strict === true;
  const store = options.deduplicate;
  const on: EventHandlers = options.on ?? {};
  const onError =
    options.onError ?? ((error, event) => console.error(`${LIBRARY}: handling ${describeEvent(event)} failed:`, error));
  const onUnknownEvent =
    options.onUnknownEvent ??
    ((event) =>
      console.warn(
        `${LIBRARY}: ${quoteText(event.event, 100)} is not in the Contact Center document; acknowledged with 200. ` +
          'Pass onUnknownEvent to handle it.',
      ));
  const onInvalidEvent =
    options.onInvalidEvent ??
    ((_event, error) =>
      console.warn(
        `${LIBRARY}: ${error.message}; acknowledged with 200 (the delivery is genuine). ` +
          'Pass onInvalidEvent to handle it.',
      ));

  async function report(error: unknown, event: unknown, delivery: Delivery | undefined): Promise<void> {
    try {
      await onError(error, event, delivery);
    } catch (failure) {
      console.error(`${LIBRARY}: onError threw while reporting`, error, failure);
    }
  }

  /** The application's part: the hooks this outcome goes to, in order. */
  async function runApplication(
    parsed: Exclude<ParsedBody, { kind: 'url_validation' }>,
    delivery: Delivery,
  ): Promise<void> {
    if (parsed.kind === 'unknown') return void (await onUnknownEvent(parsed.event, delivery));
    if (parsed.kind === 'invalid') return void (await onInvalidEvent(parsed.event, parsed.error, delivery));
    const { event } = parsed;
    const handler = Object.hasOwn(on, event.event)
      ? (on[event.event] as ((event: ContactCenterEvent, delivery: Delivery) => unknown) | undefined)
      : undefined;
    await handler?.(event, delivery);
    await options.onEvent?.(event, delivery);
  }

  /** Runs the application once and settles the claim: completed on success, released on failure. */
  async function runAndSettle(
    parsed: Exclude<ParsedBody, { kind: 'url_validation' }>,
    delivery: Delivery,
    key: string | undefined,
  ): Promise<boolean> {
    let succeeded: boolean;
    try {
      await runApplication(parsed, delivery);
      succeeded = true;
    } catch (error) {
      await report(error, parsed.event, delivery);
      succeeded = false;
    }
    if (store !== undefined && key !== undefined) {
      try {
        await (succeeded ? store.complete(key) : store.release(key));
      } catch (error) {
        await report(error, parsed.event, delivery);
      }
    }
    return succeeded;
  }

  async function deliver(
    parsed: Exclude<ParsedBody, { kind: 'url_validation' }>,
    delivery: Delivery,
    context: WebhookContext | undefined,
  ): Promise<Response> {
    let key: string | undefined;
    if (store !== undefined) {
      key = await deliveryKey(delivery);
      let claim: DeliveryClaim;
      try {
        claim = await store.claim(key);
      } catch (error) {
        await report(error, parsed.event, delivery);
        return jsonResponse(500, {
          error: 'store_failed',
          message: 'the delivery store could not be reached; Zoom will retry',
        });
      }
      if (claim !== 'claimed') {
        try {
          await options.onDuplicate?.(delivery, claim);
        } catch (error) {
          await report(error, parsed.event, delivery);
        }
        // A finished delivery is acknowledged; one still running may yet fail, so Zoom is asked to come back.
        if (claim === 'done') return jsonResponse(200, { received: true, duplicate: true });
        return jsonResponse(503, {
          error: 'delivery_in_progress',
          message: 'an earlier attempt of this delivery is still being handled',
        });
      }
    }

    const run = runAndSettle(parsed, delivery, key);
    if (context?.waitUntil !== undefined || options.waitUntil !== undefined) {
      try {
        // Called on its context: Workers' ctx.waitUntil throws "Illegal invocation" when detached.
        if (context?.waitUntil !== undefined) context.waitUntil(run);
        else options.waitUntil!(run);
        return jsonResponse(200, acknowledgement(parsed));
      } catch (error) {
        await report(error, parsed.event, delivery); // then answer as if there were no waitUntil
      }
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<typeof settleTimeout>((resolve) => {
      if (Number.isFinite(handlerTimeoutMs)) timer = setTimeout(() => resolve(settleTimeout), handlerTimeoutMs);
    });
    const outcome = await Promise.race([run, deadline]);
    clearTimeout(timer);
    if (outcome === settleTimeout) {
      const late = new Error(
        `${LIBRARY}: the handlers for ${describeEvent(
          parsed.event,
        )} were still running after ${handlerTimeoutMs} ms; ` +
          'answered 503 so that Zoom retries, and they carry on (use deduplicate so the retry does not run them twice)',
      );
      await report(late, parsed.event, delivery);
      return jsonResponse(503, {
        error: 'handler_timeout',
        message: 'handling the delivery took too long; Zoom will retry it',
      });
    }
    if (outcome) return jsonResponse(200, acknowledgement(parsed));
    return jsonResponse(500, {
      error: 'handler_failed',
      message: 'the delivery was verified but handling it failed; Zoom will retry it',
    });
  }

  async function handle(request: Request, context: WebhookContext | undefined): Promise<Response> {
    if (request.method !== 'POST') {
      const message = `Zoom delivers webhooks with POST, not ${request.method}`;
      return jsonResponse(405, { error: 'method_not_allowed', message }, { allow: 'POST' });
    }
    if (request.bodyUsed) {
      const error = new TypeError(
        'the request body was already read before the webhook handler got it, so the raw bytes the signature ' +
          'covers are gone; pass the request untouched',
      );
      await report(error, undefined, undefined);
      return jsonResponse(500, {
        error: 'body_already_read',
        message: 'the request body was read before the webhook handler',
      });
    }
    const refuse = (reason: SignatureFailureReason): Response =>
      jsonResponse(401, { error: 'invalid_signature', reason, message: SIGNATURE_MESSAGES[reason] });

    // Headers first: an unsigned, malformed or stale request is refused before a byte of its body is read.
    const read = readSignatureHeaders({
      signature: request.headers.get('x-zm-signature'),
      timestamp: request.headers.get('x-zm-request-timestamp'),
      toleranceSeconds,
      nowMs: Date.now(),
    });
    if (!read.valid) return refuse(read.reason);

    const body = await readRequestBody(request, maxBodyBytes);
    if (body.kind === 'too_large') {
      return jsonResponse(413, { error: 'body_too_large', message: `the body is larger than ${maxBodyBytes} bytes` });
    }
    if (body.kind === 'unreadable') {
      return jsonResponse(400, { error: 'unreadable_body', message: 'the request body could not be read to the end' });
    }

    let keys: CryptoKey[];
    try {
      keys = await keysFor(request);
    } catch (error) {
      await report(error, undefined, undefined);
      return jsonResponse(500, {
        error: 'secret_unavailable',
        message: 'the secret to verify the delivery with is not available; Zoom will retry',
      });
    }
    const keyIndex = await matchingKeyIndex(keys, read.headers, body.bytes);
    if (keyIndex === -1) return refuse('signature_mismatch');

    const parsed = parseVerifiedBody(body.bytes, strict);
    if (parsed.kind === 'url_validation') {
      if (parsed.plainToken === undefined) {
        const message = 'endpoint.url_validation needs a number event_ts and a non-empty string payload.plainToken';
        return jsonResponse(400, { error: 'invalid_url_validation', message });
      }
      // The secret that verified the challenge is the one Zoom expects it answered with (matters while rotating).
      const encryptedToken = await hmacHex(keys[keyIndex]!, parsed.plainToken);
      return jsonResponse(200, { plainToken: parsed.plainToken, encryptedToken });
    }
    return deliver(parsed, readDelivery(request.headers, read.headers.timestamp, body.bytes), context);
  }

  return async function handleWebhook(request: Request, context?: WebhookContext): Promise<Response> {
    try {
      return await handle(request, context);
    } catch (error) {
      // Not reachable by any request we know of (Web Crypto missing, say); still a JSON answer, and reported.
      await report(error, undefined, undefined);
      return jsonResponse(500, { error: 'internal_error', message: 'the webhook handler failed unexpectedly' });
    }
  };
}
