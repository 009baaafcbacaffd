// HMAC-SHA256 with Web Crypto only (globalThis.crypto.subtle), so the main entry runs on Node 20+, Bun,
// Deno, Workers and browsers without a `node:` import. The MAC is computed with `sign` and compared here,
// by one constant-time loop, rather than by `subtle.verify`: how `verify` compares is up to each runtime
// and its patch level (unpatched Node 20, 22 and 24 leaked timing there), while this loop is the same
// everywhere.
import type { SignatureHeaders } from './signature-headers.js';

const encoder = new TextEncoder();

/** An HMAC-SHA256 key for `secret` (UTF-8), usable to sign. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    // Browsers hide crypto.subtle outside secure contexts (plain http on a non-local host).
    return Promise.reject(
      new TypeError(
        'globalThis.crypto.subtle (Web Crypto) is not available in this runtime; it is needed to compute HMAC-SHA256',
      ),
    );
  }
  return subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** HMAC-SHA256 of `data` (a string is taken as UTF-8) under `key`: 32 bytes. */
export async function hmac(key: CryptoKey, data: string | Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, bytes));
}

/** Bytes as lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** HMAC-SHA256 of `text` (UTF-8) under `key`, as lowercase hex. */
export async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  return toHex(await hmac(key, text));
}

/**
 * Whether `a` and `b` hold the same bytes, in a time that depends only on their length (public here: a
 * MAC is always 32 bytes). Every byte is visited and the differences are OR-ed together, with no branch on
 * the data and no early exit.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * The index of the first key under which `headers.mac` signs `v0:{timestamp}:{body}`, or -1. Every key is
 * tried and compared in full, so timing does not tell which one matched, or whether any did.
 */
export async function matchingKeyIndex(
  keys: readonly CryptoKey[],
  headers: SignatureHeaders,
  body: Uint8Array,
): Promise<number> {
  // Zoom signs `v0:{timestamp}:{body}`; the body goes in as bytes, never decoded and re-encoded.
  const prefix = encoder.encode(`v0:${headers.timestampText}:`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  const macs = await Promise.all(keys.map((key) => hmac(key, message)));
  let index = -1;
  macs.forEach((mac, i) => {
    const equal = constantTimeEqual(mac, headers.mac);
    if (equal && index === -1) index = i;
  });
  return index;
}
