// Real servers on 127.0.0.1, port 0, and clients for them; every wait is bounded.
import { createServer, type RequestListener, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts `server` (or a node:http server for `listener`) on 127.0.0.1 with a free port. */
export async function listenOnLoopback(serverOrListener: Server | RequestListener): Promise<RunningServer> {
  const server = typeof serverOrListener === 'function' ? createServer(serverOrListener) : serverOrListener;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `condition()` holds, checking every 5 ms. It sets no deadline of its own: how long the
 * machine takes is not what the tests check, and the test's timeout stops a wait that never ends.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await sleep(5);
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The full text received, head and body. */
  readonly text: string;
  /** How many bytes the client managed to write before the exchange ended (rawExchange only). */
  readonly bytesSent?: number;
}

function parseRawResponse(text: string): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1] ?? 0) || 0,
    headers,
    body: end === -1 ? '' : text.slice(end + 4),
    text,
  };
}

export interface RawExchangeOptions {
  /** Sent first, in one write: the request line and headers, ending with the blank line. */
  readonly head: string;
  /** Body pieces, each its own write (setNoDelay, so each its own TCP segment). */
  readonly chunks?: readonly Uint8Array[];
  /** Pause between body writes, in ms. */
  readonly delayMs?: number;
  /** Stop writing (the connection stays open) once a response has started to arrive. */
  readonly stopWhenAnswered?: boolean;
  /** Resolve only when the server closes the connection (and fail if it does not within the timeout). */
  readonly untilClosed?: boolean;
  /** Destroy the socket after writing the chunks, without waiting for an answer. */
  readonly disconnectAfterChunks?: boolean;
  readonly timeoutMs?: number;
}

/**
 * One HTTP/1.1 exchange over a raw TCP socket, so the test controls the exact bytes and their timing
 * (header case, repeated headers, one-byte chunks, a disconnect mid-body, an oversized upload).
 * Resolves with what the server answered (status 0 if nothing) once the server closes or goes quiet.
 */
export function rawExchange(port: number, options: RawExchangeOptions): Promise<RawResponse> {
  const { head, chunks = [], delayMs = 0, timeoutMs = 5000 } = options;
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', noDelay: true });
    const received: Buffer[] = [];
    let answered = false;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const bytesSent = socket.bytesWritten;
      socket.destroy();
      resolve({ ...parseRawResponse(Buffer.concat(received).toString('utf8')), bytesSent });
    };
    const timer = setTimeout(() => {
      if (options.disconnectAfterChunks) return finish();
      done = true;
      socket.destroy();
      reject(
        new Error(
          `no complete answer within ${timeoutMs} ms; received: ${JSON.stringify(
            Buffer.concat(received).toString('utf8').slice(0, 300),
          )}`,
        ),
      );
    }, timeoutMs);
    socket.on('data', (data) => {
      answered = true;
      received.push(data);
      const text = Buffer.concat(received).toString('utf8');
      const response = parseRawResponse(text);
      const length = Number(response.headers['content-length']);
      if (
        !options.untilClosed &&
        text.includes('\r\n\r\n') &&
        Number.isFinite(length) &&
        Buffer.byteLength(response.body) >= length
      )
        finish();
    });
    socket.on('error', () => finish()); // a reset after the answer (413 with Connection: close) is expected
    socket.on('close', () => finish());
    socket.on('end', () => finish()); // the server closed its side
    socket.on('connect', async () => {
      socket.write(head);
      for (const chunk of chunks) {
        if (done || socket.destroyed || (options.stopWhenAnswered && answered)) return;
        if (delayMs > 0) await sleep(delayMs);
        if (!socket.write(chunk))
          await new Promise<void>((drained) => {
            socket.once('drain', drained);
            socket.once('close', drained);
          });
      }
      if (options.disconnectAfterChunks) finish();
    });
  });
}
