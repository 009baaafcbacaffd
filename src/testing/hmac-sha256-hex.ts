// HMAC-SHA256 with Web Crypto, so signing works wherever tests run (Node 20+, Bun, Deno, browsers)
// without node:crypto.

const encoder = new TextEncoder();

/** hex(HMAC-SHA256(key, message)), both as UTF-8. */
export async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
  let hex = '';
  for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
