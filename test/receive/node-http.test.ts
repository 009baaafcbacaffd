// The Node adapter on a real node:http server on 127.0.0.1, driven over TCP by fetch and by raw sockets.
import type { IncomingMessage, RequestListener } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toNodeListener, type NodeListenerOptions } from '../../src/node.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler, type Call } from './support/recording-handler.ts';
import { runDeliveryScenarios, sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, rawExchange, waitFor, type RunningServer } from './support/servers.ts';
import { zoomHeaders } from './support/zoom-signature.ts';

describe('toNodeListener on node:http', () => {
  runDeliveryScenarios(async () => {
    const { handler, calls } = recordingHandler();
    const running = await listenOnLoopback(toNodeListener(handler) as RequestListener);
    return { calls, close: running.close, send: (delivery) => sendOverHttp(`${running.url}/zoom`, delivery) };
  });
});

/** What the server saw of a request: every body chunk (by a listener of its own) and the request itself. */
interface Observed {
  request?: IncomingMessage;
  bodyBytes: number;
  dataEvents: number;
  /** Listener counts on the request before the adapter ran, to see that it removes all of its own. */
  baseline?: Record<string, number>;
}

const EVENTS = ['data', 'end', 'error', 'close'] as const;
const listenerCounts = (request: IncomingMessage): Record<string, number> =>
  Object.fromEntries(EVENTS.map((name) => [name, request.listenerCount(name)]));

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A node:http server running the recording handler through toNodeListener, observing each request. */
async function startObserved(
  options?: NodeListenerOptions,
): Promise<{ calls: Call[]; observed: Observed; handlerRuns: () => number }> {
  const { handler, calls } = recordingHandler();
  let runs = 0;
  const listener = toNodeListener(async (request) => {
    runs++;
    return handler(request);
  }, options);
  const observed: Observed = { bodyBytes: 0, dataEvents: 0 };
  running = await listenOnLoopback((request, response) => {
    observed.request = request;
    request.on('data', (chunk: Buffer) => {
      observed.bodyBytes += chunk.length;
      observed.dataEvents++;
    });
    observed.baseline = listenerCounts(request);
    listener(request, response);
  });
  return { calls, observed, handlerRuns: () => runs };
}

const connectionCount = (server: RunningServer): Promise<number> =>
  new Promise((resolve, reject) =>
    server.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

const waitForNoConnections = (server: RunningServer): Promise<void> =>
  waitFor(async () => (await connectionCount(server)) === 0);

const requestHead = (headers: Record<string, string>, extra = ''): string =>
  `POST /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}${extra}\r\n`;

describe('toNodeListener: body size', () => {
  it('answers 413 with Connection: close from Content-Length alone, before any body is sent', async () => {
    const { observed, handlerRuns } = await startObserved({ maxBodyBytes: 1024 });
    const answer = await rawExchange(running!.port, {
      head: requestHead({ ...zoomHeaders(genuineBody), 'Content-Length': String(10 * 1024 * 1024) }),
      untilClosed: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'body_too_large' });
    expect(observed.bodyBytes).toBe(0);
    expect(handlerRuns()).toBe(0);
  });

  it('counts a chunked body as it streams, stops past the limit, and answers 413 with Connection: close', async () => {
    const limit = 64 * 1024;
    const { calls, observed } = await startObserved({ maxBodyBytes: limit });
    const piece = new Uint8Array(16 * 1024).fill(0x20);
    const frame = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
    const sent = 256; // 4 MiB offered
    const answer = await rawExchange(running!.port, {
      head: requestHead({ ...zoomHeaders(genuineBody), 'Transfer-Encoding': 'chunked' }),
      chunks: Array.from({ length: sent }, () => frame),
      stopWhenAnswered: true,
      untilClosed: true, // the server hangs up after answering, rather than read on
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    // Reading stopped at the chunk that crossed the limit: nothing near the 4 MiB offered was taken in.
    expect(observed.bodyBytes).toBeGreaterThan(limit);
    expect(observed.bodyBytes).toBeLessThanOrEqual(limit + 64 * 1024);
    expect(calls).toEqual([]);
    await waitForNoConnections(running!);
  });

  it('accepts a body of exactly maxBodyBytes, and answers 413 one byte past it (default limit 1 MiB)', async () => {
    const size = Buffer.byteLength(genuineBody);
    const { calls } = await startObserved({ maxBodyBytes: size });
    const exact = await sendOverHttp(`${running!.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) });
    expect(exact.status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    await running!.close();

    await startObserved();
    const big = `${genuineBody}${' '.repeat(1024 * 1024 + 1 - size)}`;
    const answer = await rawExchange(running!.port, {
      head: requestHead({ ...zoomHeaders(big), 'Content-Length': String(Buffer.byteLength(big)) }),
      chunks: [Buffer.from(big)],
      stopWhenAnswered: true,
    });
    expect(answer.status).toBe(413);
  });

  it('refuses a maxBodyBytes that is not a number >= 0', () => {
    const { handler } = recordingHandler();
    expect(() => toNodeListener(handler, { maxBodyBytes: -1 })).toThrow(TypeError);
    expect(() => toNodeListener(handler, { maxBodyBytes: '1mb' as unknown as number })).toThrow(/maxBodyBytes/);
  });
});

describe('toNodeListener: how bytes and headers arrive', () => {
  it('verifies a body that arrives one byte per TCP segment, characters split across them', async () => {
    const { calls, observed } = await startObserved();
    const bytes = Buffer.from(genuineBody);
    const small = Buffer.from(JSON.stringify({ ...JSON.parse(genuineBody) })); // compact, to keep the test short
    const answer = await rawExchange(running!.port, {
      head: requestHead({ ...zoomHeaders(small), 'Content-Length': String(small.length) }),
      chunks: Array.from(small, (byte) => Uint8Array.of(byte)),
      delayMs: 1,
      timeoutMs: 15_000,
    });
    expect(answer.status).toBe(200);
    expect(observed.dataEvents).toBeGreaterThan(50); // it really came in pieces
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    expect(calls[0]!.event).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('matches header names in any case on the wire', async () => {
    const { calls } = await startObserved();
    const signed = zoomHeaders(genuineBody);
    const answer = await rawExchange(running!.port, {
      head: requestHead({
        'X-ZM-SIGNATURE': signed['x-zm-signature']!,
        'x-Zm-ReQuEsT-tImEsTaMp': signed['x-zm-request-timestamp']!,
        'CONTENT-LENGTH': String(Buffer.byteLength(genuineBody)),
      }),
      chunks: [Buffer.from(genuineBody)],
    });
    expect(answer.status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
  });

  it('refuses repeated signature or timestamp headers as malformed (401), even when the copies agree', async () => {
    const { calls } = await startObserved();
    const signed = zoomHeaders(genuineBody);
    for (const repeated of [
      `x-zm-signature: ${signed['x-zm-signature']}\r\n`,
      `X-Zm-Request-Timestamp: ${signed['x-zm-request-timestamp']}\r\n`,
    ]) {
      const answer = await rawExchange(running!.port, {
        head: requestHead({ ...signed, 'Content-Length': String(Buffer.byteLength(genuineBody)) }, repeated),
        chunks: [Buffer.from(genuineBody)],
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ reason: 'malformed_signature' });
    }
    expect(calls).toEqual([]);
  });

  it('lets go of a client that disconnects mid-body: no handler, no answer, no listener left behind', async () => {
    const { calls, observed } = await startObserved();
    const bytes = Buffer.from(genuineBody);
    const answer = await rawExchange(running!.port, {
      head: requestHead({ ...zoomHeaders(genuineBody), 'Content-Length': String(bytes.length) }),
      chunks: [bytes.subarray(0, 100)],
      delayMs: 20,
      disconnectAfterChunks: true,
    });
    expect(answer.status).toBe(0);
    await waitFor(() => observed.request?.destroyed === true); // the request closes
    await waitFor(() => observed.request!.listenerCount('close') === observed.baseline!['close']); // the adapter lets go
    expect(listenerCounts(observed.request!)).toEqual(observed.baseline);
    expect(observed.bodyBytes).toBe(100);
    expect(calls).toEqual([]);
    await waitForNoConnections(running!);
  });
});

describe('toNodeListener: methods and failures', () => {
  it('answers HEAD and TRACE with 405 (HEAD without a body)', async () => {
    const { handlerRuns } = await startObserved();
    const head = await rawExchange(running!.port, {
      head: 'HEAD /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    });
    expect(head.status).toBe(405);
    expect(head.body).toBe('');
    const trace = await rawExchange(running!.port, { head: 'TRACE /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' });
    expect(trace.status).toBe(405);
    expect(JSON.parse(trace.body)).toMatchObject({ error: 'method_not_allowed' });
    // HEAD reached the Fetch handler (which answered 405); TRACE cannot be a Fetch Request.
    expect(handlerRuns()).toBe(1);
  });

  it('answers 500 with a JSON body and reports through onError when a Fetch handler rejects (no next)', async () => {
    const onError = vi.fn();
    running = await listenOnLoopback(
      toNodeListener(async () => Promise.reject(new Error('not written for this')), { onError }) as RequestListener,
    );
    const answer = await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) });
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'internal_error' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as Error).cause).toEqual(new Error('not written for this'));
  });

  it('passes the Fetch Request the method, URL, headers and exact body bytes', async () => {
    let seen: { method: string; url: string; signature: string | null; body: string } | undefined;
    running = await listenOnLoopback(
      toNodeListener(async (request) => {
        seen = {
          method: request.method,
          url: request.url,
          signature: request.headers.get('x-zm-signature'),
          body: await request.text(),
        };
        return new Response(null, {
          status: 204,
          headers: [
            ['set-cookie', 'a=1'],
            ['set-cookie', 'b=2'],
          ],
        });
      }) as RequestListener,
    );
    const headers = zoomHeaders(genuineBody);
    const response = await fetch(`${running.url}/zoom?x=1`, {
      method: 'POST',
      headers,
      body: genuineBody,
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(seen).toEqual({
      method: 'POST',
      url: `http://127.0.0.1:${running.port}/zoom?x=1`,
      signature: headers['x-zm-signature'],
      body: genuineBody,
    });
  });
});
