import type { HeaderValue } from './single-header-value.js';
import { importHmacKey } from './import-hmac-key.js';
import { matchSignature, type SignatureFailureReason } from './match-signature.js';
import { rawBodyBytes } from './raw-body-bytes.js';
import { readSecrets } from './read-secrets.js';
import { readToleranceSeconds } from './read-tolerance-seconds.js';

export type { SignatureFailureReason } from './match-signature.js';
export type { HeaderValue } from './single-header-value.js';

export interface VerifyWebhookSignatureOptions {
  /** The app's secret token, or several while rotating it: valid if any one matches. Empty is refused (TypeError). */
  readonly secret: string | readonly string[];
  /** The body exactly as received: a string, or bytes (Uint8Array, Buffer, ArrayBuffer). A parsed object is refused (TypeError). */
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

export type SignatureVerification = { readonly valid: true } | { readonly valid: false; readonly reason: SignatureFailureReason };

/**
 * Checks that a request comes from Zoom: its `x-zm-signature` is the HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` under your secret token, and its timestamp is within `toleranceSeconds` of
 * now. Resolves `{ valid: true }` or `{ valid: false, reason }`; throws TypeError only for a programming
 * error (empty secret, parsed body, bad tolerance). Web Crypto only: Node 20+, Bun, Deno, Workers, browsers.
 */
export async function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): Promise<SignatureVerification> {
  const secrets = readSecrets(options.secret);
  const body = rawBodyBytes(options.rawBody);
  const toleranceSeconds = readToleranceSeconds(options.toleranceSeconds);
  const nowMs = (options.now ?? Date.now)();
  if (typeof nowMs !== 'number' || Number.isNaN(nowMs)) throw new TypeError(`now() must return milliseconds since the epoch, returned ${String(nowMs)}`);
  const keys = await Promise.all(secrets.map(importHmacKey));
  const match = await matchSignature({ keys, body, signature: options.signature, timestamp: options.timestamp, toleranceSeconds, nowMs });
  return match.valid ? { valid: true } : { valid: false, reason: match.reason };
}
