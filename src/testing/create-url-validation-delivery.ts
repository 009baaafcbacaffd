// The receiver's own HMAC (Web Crypto), so that what the kit signs and what the receiver checks are one computation.
import { hmacHex, importHmacKey } from '../receive/hmac.js';
import { signDelivery, type SignedDelivery } from './sign-delivery.js';

export interface UrlValidationDeliveryOptions {
  /** The app's secret token. */
  readonly secret: string;
  /** The token Zoom asks the endpoint to sign; a random Zoom-like one by default. */
  readonly plainToken?: string;
  /** Seconds since the epoch, or a Date; defaults to now. */
  readonly timestamp?: number | Date;
}

/** A signed `endpoint.url_validation` delivery, and the answer Zoom expects from the endpoint. */
export interface UrlValidationDelivery extends SignedDelivery {
  readonly plainToken: string;
  /** The JSON body a correct endpoint answers with (status 200). */
  readonly expectedResponse: { readonly plainToken: string; readonly encryptedToken: string };
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function randomPlainToken(): string {
  let token = '';
  for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(22))) token += TOKEN_ALPHABET[byte % 64];
  return token;
}

/**
 * The challenge Zoom sends when an endpoint is saved (and periodically after): the event
 * `endpoint.url_validation`, signed like any delivery. Post it to your endpoint and compare the
 * answer with `expectedResponse` (`encryptedToken` is hex(HMAC-SHA256(secret, plainToken))).
 */
export async function createUrlValidationDelivery(
  options: UrlValidationDeliveryOptions,
): Promise<UrlValidationDelivery> {
  const plainToken = options.plainToken ?? randomPlainToken();
  if (typeof plainToken !== 'string' || plainToken === '') throw new TypeError('plainToken must be a non-empty string');
  const timestamp = options.timestamp ?? new Date();
  const eventTs = timestamp instanceof Date ? timestamp.getTime() : timestamp * 1000;
  // Zoom's own order of keys: payload, event_ts, event.
  const body = { payload: { plainToken }, event_ts: eventTs, event: 'endpoint.url_validation' };
  const delivery = await signDelivery({ secret: options.secret, body, timestamp });
  const encryptedToken = await hmacHex(await importHmacKey(options.secret), plainToken);
  return { ...delivery, plainToken, expectedResponse: { plainToken, encryptedToken } };
}
