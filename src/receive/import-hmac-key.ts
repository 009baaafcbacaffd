// Web Crypto only (globalThis.crypto.subtle), so the main entry runs on Node 20+, Bun, Deno, Workers and
// browsers without a `node:` import.

const encoder = new TextEncoder();

/** An HMAC-SHA256 key for `secret` (UTF-8), usable to sign and to verify. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    // Browsers hide crypto.subtle outside secure contexts (plain http on a non-local host).
    return Promise.reject(new TypeError('globalThis.crypto.subtle (Web Crypto) is not available in this runtime; it is needed to compute HMAC-SHA256'));
  }
  return subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}
