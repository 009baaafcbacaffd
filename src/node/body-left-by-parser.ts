import type { IncomingMessage } from 'node:http';

const encoder = new TextEncoder();

/** What a body parser that ran before us left: the raw bytes, or why they are gone and how to fix it. */
export type BodyLeftByParser =
  | { readonly kind: 'raw'; readonly bytes: Uint8Array }
  | { readonly kind: 'consumed'; readonly parser: string; readonly fix: string };

/** `verify` keeps a copy of the raw bytes beside what each of Express's parsers makes of them. */
const keepRaw = (parser: string): string =>
  `or keep the raw bytes with ${parser.slice(0, -1)}{ verify: (req, res, buf) => { req.rawBody = buf } })`;

/** The parser that made `body` of the request, by what it made: a string, a form, or JSON. */
function parserOf(request: IncomingMessage, body: unknown): string {
  const contentType = request.headers['content-type'] ?? '';
  if (typeof body === 'string') return 'express.text()';
  if (/application\/x-www-form-urlencoded/i.test(contentType)) return 'express.urlencoded()';
  return 'express.json()';
}

const OTHER_READER =
  'mount the webhook route before whatever reads request bodies; in Fastify, give the route a content-type ' +
  "parser that leaves the stream unread (the README's Fastify section); in Next.js API routes, export " +
  'const config = { api: { bodyParser: false } }';

/**
 * Where a body parser (express.json(), express.raw(), a `verify` hook, Firebase, a framework) ran before
 * us: the raw body it left, or 'consumed' with the parser's name and its own fix when it read the stream
 * and kept no raw copy. Undefined when the stream is still unread. Only raw forms count: a parsed
 * `req.body` cannot be turned back into the signed bytes.
 */
export function bodyLeftByParser(request: IncomingMessage): BodyLeftByParser | undefined {
  const { rawBody, body, app } = request as IncomingMessage & { rawBody?: unknown; body?: unknown; app?: unknown };
  if (rawBody instanceof Uint8Array) return { kind: 'raw', bytes: rawBody };
  // A string rawBody (`buf.toString()` in a verify hook) keeps every byte of a UTF-8 body, a BOM included.
  if (typeof rawBody === 'string') return { kind: 'raw', bytes: encoder.encode(rawBody) };
  if (body instanceof Uint8Array) return { kind: 'raw', bytes: body }; // express.raw()
  if (!request.readableEnded) return undefined;
  // Express sets req.app; its parsers (body-parser) leave what they made in req.body.
  if (typeof app === 'function' && body !== undefined) {
    const parser = parserOf(request, body);
    const fix = `mount the webhook route before ${parser} (app.post('/zoom', toNodeListener(handler)) first), ${keepRaw(
      parser,
    )}`;
    return { kind: 'consumed', parser, fix };
  }
  return { kind: 'consumed', parser: 'a body parser', fix: OTHER_READER };
}
