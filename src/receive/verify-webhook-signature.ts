import { importHmacKey, matchingKeyIndex } from './hmac.js';
import { rawBodyBytes, readSecrets, readToleranceSeconds } from './options.js';
import { readSignatureHeaders, type HeaderValue, type SignatureFailureReason } from './signature-headers.js';

export type { HeaderValue, SignatureFailureReason } from './signature-headers.js';

export interface VerifyWebhookSignatureOptions {
  /** The app's secret token, or several while rotating it: valid if any one matches. Empty is refused (TypeError). */
  readonly secret: string | readonly string[];
  /**
   * The body exactly as received: a string, or bytes (Uint8Array, Buffer, ArrayBuffer). A parsed object is
   * refused (TypeError).
   */
  readonly rawBody: string | Uint8Array | ArrayBuffer;
  /** The `x-zm-signature` header, `v0=<64 hex digits>`. */
  readonly signature: HeaderValue;
  /** The `x-zm-request-timestamp` header: seconds since the epoch, as a string or a number. */
  readonly timestamp: HeaderValue | number;
  /** How far the timestamp may be from now, either way, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  /** The clock: returns milliseconds since the epoch, like `Date.now` (the default). For tests. */
  readonly now?: () => number;
}

export type SignatureVerification =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: SignatureFailureReason };

/**
 * Checks that a request comes from Zoom: its headers are present, well-formed and dated within
 * `toleranceSeconds` of now, and its `x-zm-signature` is the HMAC-SHA256 of `v0:{timestamp}:{raw body}`
 * under your secret token. Resolves `{ valid: true }` or `{ valid: false, reason }`; throws TypeError only
 * for a programming error (empty secret, parsed body, bad tolerance). Web Crypto only: Node 20+, Bun,
 * Deno, Workers, browsers.
 */
export async function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): Promise<SignatureVerification> {
  const secrets = readSecrets(options.secret);
  const body = rawBodyBytes(options.rawBody);
  const toleranceSeconds = readToleranceSeconds(options.toleranceSeconds);
  const nowMs = (options.now ?? Date.now)();
  if (typeof nowMs !== 'number' || Number.isNaN(nowMs)) {
    throw new TypeError(`now() must return milliseconds since the epoch, returned ${String(nowMs)}`);
  }
  const read = readSignatureHeaders({
    signature: options.signature,
    timestamp: options.timestamp,
    toleranceSeconds,
    nowMs,
  });
  if (!read.valid) return read;
  const keys = await Promise.all(secrets.map(importHmacKey));
  const index = await matchingKeyIndex(keys, read.headers, body);
  return index === -1 ? { valid: false, reason: 'signature_mismatch' } : { valid: true };
}
