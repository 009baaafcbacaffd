// The Node adapter: node:http and Express/Connect in, the Fetch handler (createWebhookHandler) in the
// middle. It owns what only Node can see: the body stream, its size, a client that leaves, and a body
// parser that got there first.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readMaxBodyBytes } from '../receive/options.js';
import { bodyLeftByParser } from './body-left-by-parser.js';
import { nodeBodyStream, type NodeBodyStream } from './node-body-stream.js';
import { toFetchRequest } from './to-fetch-request.js';
import { writeFetchResponse } from './write-fetch-response.js';

export interface NodeListenerOptions {
  /**
   * Largest body accepted, in bytes; past it the answer is 413 and the rest is not read. Default 1 MiB, as
   * `createWebhookHandler`'s.
   */
  readonly maxBodyBytes?: number;
  /** Where adapter problems go (a body parser mounted first, a handler that rejected). Default: console.error. */
  readonly onError?: (error: Error) => void;
}

/** A request listener for `http.createServer` and an Express/Connect middleware at once. */
export type NodeListener = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const LIBRARY = 'zoom-contact-center-webhooks';

/** Methods Fetch cannot carry: `new Request()` refuses them. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function answer(
  response: ServerResponse,
  status: number,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.byteLength),
    ...headers,
  });
  response.end(bytes);
}

/**
 * Adapts a Fetch handler (`createWebhookHandler(...)`) to Node: `http.createServer(toNodeListener(handler))`
 * or `app.post('/zoom', toNodeListener(handler))`, mounted before `express.json()`. It hands the handler
 * the unread body as a stream, so that the handler judges the headers before anything is read; answers
 * 413 past `maxBodyBytes` (by Content-Length before reading, or while counting) without buffering the rest;
 * closes the connection after any answer that left part of the body unread; lets go of a client that
 * disconnects mid-body. Behind a body parser, it uses the raw Buffer the parser left (`req.rawBody`, or
 * `req.body` from express.raw()), and otherwise answers 500 and logs that parser's own fix.
 */
export function toNodeListener(
  handler: (request: Request) => Response | Promise<Response>,
  options: NodeListenerOptions = {},
): NodeListener {
  const maxBodyBytes = readMaxBodyBytes(options.maxBodyBytes);
  const logError = options.onError ?? ((error: Error) => console.error(error));
  const tooLarge = (response: ServerResponse): void =>
    answer(
      response,
      413,
      { error: 'body_too_large', message: `the body is larger than ${maxBodyBytes} bytes` },
      { connection: 'close' },
    );

  async function listen(
    request: IncomingMessage,
    response: ServerResponse,
    next: ((error?: unknown) => void) | undefined,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    if (FORBIDDEN_METHODS.has(method)) {
      answer(
        response,
        405,
        { error: 'method_not_allowed', message: `Zoom delivers webhooks with POST, not ${method}` },
        { allow: 'POST', connection: 'close' },
      );
      return;
    }
    let body: Uint8Array<ArrayBuffer> | undefined;
    let streamed: NodeBodyStream | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const left = bodyLeftByParser(request);
      if (left?.kind === 'consumed') {
        logError(
          new Error(
            `${LIBRARY}: the request body was already read by ${left.parser}, which kept no raw copy, so the bytes ` +
              `the signature covers are gone. To fix it, ${left.fix}. Answered 500.`,
          ),
        );
        answer(response, 500, {
          error: 'body_already_parsed',
          message: 'the raw request body is not available to verify its signature',
        });
        return;
      }
      if (left !== undefined) {
        if (left.bytes.byteLength > maxBodyBytes) return tooLarge(response);
        body = new Uint8Array(left.bytes);
      } else {
        const declared = request.headers['content-length'];
        if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBodyBytes)
          return tooLarge(response);
        streamed = nodeBodyStream(request, maxBodyBytes);
      }
    }
    let fetchResponse: Response;
    try {
      fetchResponse = await handler(toFetchRequest(request, streamed?.stream ?? body));
    } catch (error) {
      streamed?.detach();
      if (next !== undefined) return next(error); // Express/Connect: the app's error handler answers
      logError(new Error(`${LIBRARY}: the Fetch handler threw; answered 500`, { cause: error }));
      answer(
        response,
        500,
        { error: 'internal_error', message: 'the webhook handler failed unexpectedly' },
        { connection: 'close' },
      );
      return;
    }
    const state = streamed?.state();
    streamed?.detach();
    if (state === 'aborted') return; // nobody is there to answer, and nothing was delivered
    if (state === 'too_large') return tooLarge(response);
    // An answer given before the body ended (401 from the headers, 413 from the handler's own bound) leaves
    // bytes on the connection: close it rather than read them to reuse it.
    const unread = streamed !== undefined && state !== 'ended';
    await writeFetchResponse(fetchResponse, response, method, unread ? { connection: 'close' } : {});
  }

  return function nodeListener(request, response, next) {
    listen(request, response, next).catch((error: unknown) => {
      // Writing the answer failed (a socket torn down mid-write, say): log it, and never leave a request hanging.
      logError(new Error(`${LIBRARY}: answering the request failed`, { cause: error }));
      if (!response.headersSent)
        answer(response, 500, { error: 'internal_error', message: 'the webhook answer could not be written' });
      else response.destroy();
    });
  };
}
