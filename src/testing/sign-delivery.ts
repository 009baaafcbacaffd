// The receiver's own HMAC (Web Crypto), so that what the kit signs and what the receiver checks are one computation.
import { hmacHex, importHmacKey } from '../receive/hmac.js';

export interface SignDeliveryOptions {
  /** The app's secret token (Zoom Marketplace, Features > Access > Secret Token). */
  readonly secret: string;
  /** An event (serialised once with JSON.stringify) or the exact body to send, used as-is. */
  readonly body: unknown;
  /** When Zoom "sent" it: seconds since the epoch, or a Date. Defaults to now. */
  readonly timestamp?: number | Date;
}

/** A delivery as Zoom sends it: the raw body and the headers that sign it. */
export interface SignedDelivery {
  readonly body: string;
  readonly headers: {
    readonly 'content-type': 'application/json';
    /** Seconds since the epoch. */
    readonly 'x-zm-request-timestamp': string;
    /** `v0=` and hex(HMAC-SHA256(secret, `v0:{timestamp}:{body}`)). */
    readonly 'x-zm-signature': string;
  };
}

function toSeconds(timestamp: number | Date | undefined): number {
  if (timestamp === undefined) return Math.floor(Date.now() / 1000);
  const seconds = timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : timestamp;
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new TypeError(
      `timestamp must be whole seconds since the epoch (or a valid Date), received ${String(timestamp)}`,
    );
  }
  return seconds;
}

/**
 * Signs a body as Zoom does, to send to your own endpoint in a test (fetch, supertest, app.request):
 * `fetch(url, { method: 'POST', ...(await signDelivery({ secret, body: event })) })`.
 */
export async function signDelivery(options: SignDeliveryOptions): Promise<SignedDelivery> {
  if (typeof options.secret !== 'string' || options.secret === '')
    throw new TypeError('secret must be a non-empty string');
  const body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  if (typeof body !== 'string')
    throw new TypeError(`body must be a string or a JSON value, received ${typeof options.body}`);
  const timestamp = String(toSeconds(options.timestamp));
  const signature = await hmacHex(await importHmacKey(options.secret), `v0:${timestamp}:${body}`);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-zm-request-timestamp': timestamp,
      'x-zm-signature': `v0=${signature}`,
    },
  };
}
