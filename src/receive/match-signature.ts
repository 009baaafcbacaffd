// The core of verification, shared by verifyWebhookSignature and createWebhookHandler. It also says which
// secret matched, so that the handler answers a URL validation with the same secret Zoom signed with.
import type { HeaderValue } from './single-header-value.js';
import { readSignatureHeader } from './read-signature-header.js';
import { readTimestampHeader } from './read-timestamp-header.js';

/** Why a request is not a genuine, fresh delivery. */
export type SignatureFailureReason =
  /** `x-zm-signature` or `x-zm-request-timestamp` is absent or empty. */
  | 'missing_signature'
  /** `x-zm-signature` is not `v0=<64 hex digits>`, the timestamp is not whole seconds >= 0, or either header is repeated. */
  | 'malformed_signature'
  /** No secret produces this signature for this timestamp and body: forged, altered, or signed with another secret. */
  | 'signature_mismatch'
  /** The signature is genuine but the timestamp is more than the tolerance away from now (past or future): a replay, or a wrong clock. */
  | 'stale_timestamp';

export type SignatureMatch = { readonly valid: true; readonly keyIndex: number } | { readonly valid: false; readonly reason: SignatureFailureReason };

export interface SignedRequest {
  readonly keys: readonly CryptoKey[];
  readonly body: Uint8Array;
  readonly signature: HeaderValue;
  readonly timestamp: HeaderValue | number;
  readonly toleranceSeconds: number;
  readonly nowMs: number;
}

const encoder = new TextEncoder();

export async function matchSignature(request: SignedRequest): Promise<SignatureMatch> {
  const signature = readSignatureHeader(request.signature);
  const timestamp = readTimestampHeader(request.timestamp);
  if (signature === 'missing' || timestamp === 'missing') return { valid: false, reason: 'missing_signature' };
  if (signature === 'malformed' || timestamp === 'malformed') return { valid: false, reason: 'malformed_signature' };

  // Zoom signs `v0:{timestamp}:{body}`; the body goes in as bytes, never decoded and re-encoded.
  const prefix = encoder.encode(`v0:${timestamp.text}:`);
  const message = new Uint8Array(prefix.length + request.body.length);
  message.set(prefix);
  message.set(request.body, prefix.length);

  // crypto.subtle.verify compares the MAC inside the runtime's crypto library in constant time (Node and
  // Workers: CRYPTO_memcmp; Deno: ring; Bun and browsers: their constant-time equal), rather than in a
  // JavaScript loop that a JIT may shortcut. Every secret is tried, so timing does not tell which one matched.
  const subtle = globalThis.crypto.subtle;
  const matches = await Promise.all(request.keys.map((key) => subtle.verify('HMAC', key, signature, message)));
  const keyIndex = matches.indexOf(true);
  if (keyIndex === -1) return { valid: false, reason: 'signature_mismatch' };

  // Checked after the signature, so `stale_timestamp` always means a genuine delivery at the wrong time.
  if (!(Math.abs(request.nowMs / 1000 - timestamp.seconds) <= request.toleranceSeconds)) return { valid: false, reason: 'stale_timestamp' };
  return { valid: true, keyIndex };
}
