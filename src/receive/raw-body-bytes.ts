// The signature covers the exact bytes Zoom sent, so only the raw body will do. A parsed body cannot be
// turned back into those bytes: JSON.stringify(req.body) changes whitespace, key order and escapes.

const encoder = new TextEncoder();

/** A fresh copy of the raw body as bytes (a string is encoded as UTF-8); throws TypeError for anything else. */
export function rawBodyBytes(rawBody: unknown): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  // isView and the tag test, not instanceof: bytes from another realm (a VM context, a worker) count too.
  if (ArrayBuffer.isView(rawBody)) return new Uint8Array(new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength));
  if (Object.prototype.toString.call(rawBody) === '[object ArrayBuffer]') return new Uint8Array((rawBody as ArrayBuffer).slice(0));
  if (rawBody === undefined || rawBody === null) {
    throw new TypeError(`rawBody is ${String(rawBody)}: pass the request body exactly as received (a string, Uint8Array/Buffer or ArrayBuffer)`);
  }
  throw new TypeError(
    `rawBody must be the request body exactly as received (a string, Uint8Array/Buffer or ArrayBuffer), not a parsed ${typeof rawBody}: ` +
      'the signature covers the exact bytes Zoom sent, and re-serialising a parsed body (JSON.stringify(req.body)) changes whitespace, key order or escapes, ' +
      "so genuine deliveries would fail. In Express, mount the route before express.json() or use express.raw({ type: 'application/json' }).",
  );
}
