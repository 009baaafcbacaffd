import type { IncomingMessage } from 'node:http';

const encoder = new TextEncoder();

/**
 * Where a body parser (express.json(), express.raw(), a `verify` hook, Firebase) ran before us: the raw body
 * it left, as bytes, or 'consumed' when it read the stream and kept no raw copy. Undefined when the stream
 * is still unread. Only raw forms count: a parsed `req.body` cannot be turned back into the signed bytes.
 */
export function bodyLeftByParser(request: IncomingMessage): Uint8Array | 'consumed' | undefined {
  const { rawBody, body, _body: parsedByBodyParser } = request as IncomingMessage & { rawBody?: unknown; body?: unknown; _body?: unknown };
  if (rawBody instanceof Uint8Array) return rawBody;
  // A string rawBody (`buf.toString()` in a verify hook) keeps every byte of a UTF-8 body, a BOM included.
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (body instanceof Uint8Array) return body; // express.raw()
  // body-parser sets _body once it has read the stream; readableEnded covers any other reader.
  if (parsedByBodyParser === true || request.readableEnded) return 'consumed';
  return undefined;
}
