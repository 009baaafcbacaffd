import type { IncomingMessage } from 'node:http';

/** How reading a request body ended. */
export type NodeBodyResult =
  | { readonly kind: 'complete'; readonly bytes: Uint8Array<ArrayBuffer> }
  /** Past the limit: reading stopped there, and what had arrived was let go. */
  | { readonly kind: 'too_large' }
  /** The client went away (or the stream failed) before the body ended. */
  | { readonly kind: 'aborted' };

/**
 * Reads `request`'s body, counting bytes as they come. Past `maxBytes` it stops reading (pauses the stream,
 * keeps nothing) rather than buffering the rest; a client that disconnects mid-body settles it too, and every
 * listener is removed either way, so nothing leaks and nothing waits forever.
 */
export function readNodeBody(request: IncomingMessage, maxBytes: number): Promise<NodeBodyResult> {
  // Already torn down (the client left while earlier middleware ran): 'close' has fired and will not again.
  if (request.destroyed) return Promise.resolve({ kind: 'aborted' });
  return new Promise((resolve) => {
    let chunks: Uint8Array[] = [];
    let size = 0;

    const settle = (result: NodeBodyResult): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onFailure);
      request.off('close', onFailure);
      resolve(result);
    };
    const onData = (chunk: Uint8Array | string): void => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk; // only if someone called setEncoding
      size += bytes.byteLength;
      if (size > maxBytes) {
        request.pause();
        chunks = [];
        settle({ kind: 'too_large' });
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => {
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      settle({ kind: 'complete', bytes: body });
    };
    // 'close' before 'end' is a client gone mid-body; 'error' a stream that failed. Neither is a delivery.
    const onFailure = (): void => settle({ kind: 'aborted' });

    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onFailure);
    request.on('close', onFailure);
    request.resume(); // in case earlier middleware paused it
  });
}
