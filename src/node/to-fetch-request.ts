import type { IncomingMessage } from 'node:http';

/**
 * A Fetch `Request` for a Node request: same method, URL, and headers (a repeated header joined with ", ",
 * as Fetch does), and `body`: the bytes a parser left, or a stream of the unread body. GET and HEAD carry
 * no body, as Fetch requires.
 */
export function toFetchRequest(
  request: IncomingMessage,
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | undefined,
): Request {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers are not headers to Fetch
    try {
      headers.append(name, raw[i + 1]!);
    } catch {
      // A name or value Fetch refuses (Node's parser lets a few through); the handler never needs it.
    }
  }
  const path = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
  const protocol = (request.socket as { encrypted?: boolean } | null)?.encrypted === true ? 'https' : 'http';
  let url: URL;
  try {
    url = new URL(path, `${protocol}://${request.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(path.startsWith('/') ? path : '/', `${protocol}://localhost`); // a Host header that is not a host
  }
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  // duplex: 'half' is how Fetch takes a stream body (undici requires it; the types lag behind).
  return new Request(url, { method, headers, body: body ?? new Uint8Array(0), duplex: 'half' } as RequestInit);
}
