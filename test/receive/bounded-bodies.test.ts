// Bounded bodies: the signature headers are judged before a byte of the body is read, a declared
// Content-Length over the bound is refused unread, and a stream is counted and dropped at the bound.
// The 200 MiB streams are generated at run time (one 64 KiB frame sent again and again) over real
// loopback servers; memory is checked against a bound, never timing.
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { RequestListener, Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookHandler } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { listenOnLoopback, rawExchange, type RawResponse, type RunningServer } from './support/servers.ts';
import {
  CURRENT_SECRET,
  FORGER_SECRET,
  nowSeconds,
  zoomHeaders,
  zoomRequest,
  zoomSignature,
} from './support/zoom-signature.ts';

const MIB = 1024 * 1024;
const STREAM_BYTES = 200 * MIB;
const MEMORY_BOUND = 64 * MIB;

/** One chunked-encoding frame of 64 KiB of spaces; sent 3,200 times it offers 200 MiB. */
const PIECE = 64 * 1024;
const FRAME = Buffer.concat([Buffer.from(`${PIECE.toString(16)}\r\n`), Buffer.alloc(PIECE, 0x20), Buffer.from('\r\n')]);
const FRAMES: readonly Buffer[] = Array.from({ length: STREAM_BYTES / PIECE }, () => FRAME);

const head = (headers: Record<string, string>): string =>
  `POST /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

/** Runs `exchange` and measures how far the process's resident memory rose above where it started. */
async function withMemoryGrowth(
  exchange: () => Promise<RawResponse>,
): Promise<{ answer: RawResponse; growth: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  try {
    const answer = await exchange();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { answer, growth: peak - baseline };
  } finally {
    clearInterval(sample);
  }
}

const servers: Record<string, (handler: WebhookHandler) => Promise<RunningServer>> = {
  'node:http (toNodeListener)': (handler) => listenOnLoopback(toNodeListener(handler) as RequestListener),
  'Hono on @hono/node-server, no bodyLimit': (handler) => {
    const app = new Hono();
    app.post('/zoom', (c) => handler(c.req.raw));
    return listenOnLoopback(createAdaptorServer({ fetch: app.fetch }) as Server);
  },
};

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

for (const [name, serve] of Object.entries(servers)) {
  describe(`200 MiB streams, ${name}`, () => {
    it('refuses an unsigned 200 MiB stream from its headers (401), with memory growth under 64 MiB', async () => {
      const { handler, calls } = recordingHandler();
      running = await serve(handler);
      const { answer, growth } = await withMemoryGrowth(() =>
        rawExchange(running!.port, { head: head({}), chunks: FRAMES, stopWhenAnswered: true, timeoutMs: 30_000 }),
      );
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ reason: 'missing_signature' });
      expect(calls).toEqual([]);
      expect(answer.bytesSent!).toBeLessThan(STREAM_BYTES); // refused long before the end
      expect(growth, `memory grew by ${(growth / MIB).toFixed(1)} MiB`).toBeLessThan(MEMORY_BOUND);
    }, 60_000);

    it('refuses a 200 MiB stream, freshly forged, at the 1 MiB bound (413), memory growth under 64 MiB', async () => {
      const { handler, calls } = recordingHandler();
      running = await serve(handler);
      const forged = zoomHeaders(genuineBody, { secret: FORGER_SECRET });
      const { answer, growth } = await withMemoryGrowth(() =>
        rawExchange(running!.port, { head: head(forged), chunks: FRAMES, stopWhenAnswered: true, timeoutMs: 30_000 }),
      );
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'body_too_large' });
      expect(calls).toEqual([]);
      expect(answer.bytesSent!).toBeLessThan(STREAM_BYTES);
      expect(growth, `memory grew by ${(growth / MIB).toFixed(1)} MiB`).toBeLessThan(MEMORY_BOUND);
    }, 60_000);
  });
}

/** A request body that counts how many bytes its reader pulled out of it. */
function countingBody(total: number, piece = PIECE): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(piece).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk.slice());
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

const post = (headers: Record<string, string>, body: ReadableStream<Uint8Array>): Request =>
  new Request('https://hooks.example.com/zoom', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

describe('createWebhookHandler reads no body before the headers are judged, and no more than maxBodyBytes', () => {
  it('reads nothing of a request whose signature headers are missing, malformed or stale', async () => {
    const handler = createWebhookHandler({ secret: CURRENT_SECRET });
    const stale = nowSeconds() - 301;
    const cases: [Record<string, string>, string][] = [
      [{}, 'missing_signature'],
      [{ 'x-zm-signature': 'v0=abc', 'x-zm-request-timestamp': String(nowSeconds()) }, 'malformed_signature'],
      [
        { 'x-zm-signature': zoomSignature(CURRENT_SECRET, stale, 'x'), 'x-zm-request-timestamp': String(stale) },
        'stale_timestamp',
      ],
    ];
    for (const [headers, reason] of cases) {
      const body = countingBody(10 * MIB);
      const response = await handler(post(headers, body.stream));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ reason });
      expect(body.pulled(), reason).toBe(0);
    }
  });

  it('answers 413 from a Content-Length over the bound without reading, and stops a stream at the bound', async () => {
    const handler = createWebhookHandler({ secret: CURRENT_SECRET, maxBodyBytes: 4096 });
    const declared = countingBody(10 * MIB);
    const tooLong = await handler(post({ ...zoomHeaders('x'), 'content-length': String(10 * MIB) }, declared.stream));
    expect(tooLong.status).toBe(413);
    expect(declared.pulled()).toBe(0);

    const streamed = countingBody(10 * MIB, 1024);
    const counted = await handler(post(zoomHeaders('x'), streamed.stream));
    expect(counted.status).toBe(413);
    expect(await counted.json()).toMatchObject({ error: 'body_too_large' });
    expect(streamed.pulled()).toBe(4096 + 1024); // the chunk that crossed the bound, and not one more
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const size = Buffer.byteLength(genuineBody);
    const { handler, calls } = recordingHandler({ maxBodyBytes: size });
    const send = (body: string) => handler(zoomRequest(body));
    expect((await send(genuineBody)).status).toBe(200);
    expect((await send(`${genuineBody} `)).status).toBe(413);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
  });

  it('defaults to 1 MiB (the Node adapter’s bound), and refuses a maxBodyBytes that is not >= 0', async () => {
    const handler = createWebhookHandler({ secret: CURRENT_SECRET });
    const body = countingBody(2 * MIB);
    expect((await handler(post(zoomHeaders('x'), body.stream))).status).toBe(413);
    expect(body.pulled()).toBe(MIB + PIECE);
    expect(() => createWebhookHandler({ secret: CURRENT_SECRET, maxBodyBytes: -1 })).toThrow(/maxBodyBytes/);
    expect(() => createWebhookHandler({ secret: CURRENT_SECRET, maxBodyBytes: '1mb' as unknown as number })).toThrow(
      TypeError,
    );
  });
});
