// The body of a Fetch Request, read with a bound: a declared Content-Length over it is refused without
// reading a byte, and a body without one is counted as it streams and dropped at the bound.

/** How reading a request body ended. */
export type RequestBodyResult =
  | { readonly kind: 'complete'; readonly bytes: Uint8Array<ArrayBuffer> }
  /** Declared or counted past the bound: reading stopped there (or never started), and nothing is kept. */
  | { readonly kind: 'too_large' }
  /** The stream failed before it ended (the client went away, or a proxy cut it). */
  | { readonly kind: 'unreadable' };

/** Reads `request`'s body, at most `maxBytes` of it. */
export async function readRequestBody(request: Request, maxBytes: number): Promise<RequestBodyResult> {
  const declared = request.headers.get('content-length')?.trim();
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes) return { kind: 'too_large' };
  if (request.body === null) return { kind: 'complete', bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {}); // tells the source to stop; what it says back does not matter
        return { kind: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'complete', bytes };
}
