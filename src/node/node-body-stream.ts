import type { IncomingMessage } from 'node:http';

/** Where a Node request body stream stands. */
export type NodeBodyState = 'unread' | 'reading' | 'ended' | 'too_large' | 'aborted';

/** A Node request body as a Fetch body stream, and what became of it. */
export interface NodeBodyStream {
  readonly stream: ReadableStream<Uint8Array>;
  state(): NodeBodyState;
  /** Stops listening to the request (once the answer is known); what was not read stays unread. */
  detach(): void;
}

/**
 * `request`'s body as a ReadableStream that reads only when its reader asks (nothing is read for a request
 * the handler refuses from its headers) and counts as it goes: past `maxBytes` it stops reading (pauses the
 * request, keeps nothing) and errors the stream. A client that leaves mid-body errors it too. Every
 * listener is removed when the stream settles or is detached, so nothing leaks and nothing waits forever.
 */
export function nodeBodyStream(request: IncomingMessage, maxBytes: number): NodeBodyStream {
  let state: NodeBodyState = 'unread';
  let size = 0;
  let detach = (): void => {};
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const settle = (next: NodeBodyState, error?: Error): void => {
          if (state !== 'unread' && state !== 'reading') return;
          state = next;
          detach();
          if (error === undefined) controller.close();
          else controller.error(error);
        };
        const onData = (chunk: Uint8Array | string): void => {
          const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk);
          size += bytes.byteLength;
          if (size > maxBytes) {
            settle('too_large', new RangeError(`the body is larger than ${maxBytes} bytes`));
            return;
          }
          controller.enqueue(bytes);
          if ((controller.desiredSize ?? 0) <= 0) request.pause();
        };
        const onEnd = (): void => settle('ended');
        // 'close' before 'end' is a client gone mid-body; 'error' a stream that failed. Neither is a delivery.
        const onFailure = (): void => settle('aborted', new Error('the client went away before the body ended'));
        detach = () => {
          request.off('data', onData);
          request.off('end', onEnd);
          request.off('error', onFailure);
          request.off('close', onFailure);
          request.pause();
        };
        if (request.destroyed) return settle('aborted', new Error('the client went away before the body ended'));
        request.on('data', onData);
        request.on('end', onEnd);
        request.on('error', onFailure);
        request.on('close', onFailure);
        request.pause(); // 'data' listeners start the flow; the reader's pull does instead
      },
      pull() {
        if (state === 'unread') state = 'reading';
        request.resume();
      },
      cancel() {
        if (state === 'unread' || state === 'reading') state = 'aborted';
        detach();
      },
    },
    { highWaterMark: 0 }, // read nothing ahead of the reader
  );
  return { stream, state: () => state, detach: () => detach() };
}
