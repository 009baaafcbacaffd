import type { ServerResponse } from 'node:http';

/** Writes a Fetch `Response` to a Node response: status, headers (each Set-Cookie kept apart) and body. */
export async function writeFetchResponse(
  response: Response,
  target: ServerResponse,
  method: string | undefined,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<void> {
  // Buffered: the webhook handler's answers are small JSON documents.
  const body = method === 'HEAD' ? undefined : new Uint8Array(await response.arrayBuffer());
  if (target.headersSent || target.destroyed) return; // the client left, or someone else answered
  target.statusCode = response.status;
  if (response.statusText !== '') target.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') target.setHeader(name, value);
  });
  for (const [name, value] of Object.entries(extraHeaders)) target.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) target.setHeader('set-cookie', cookies);
  target.end(body);
}
