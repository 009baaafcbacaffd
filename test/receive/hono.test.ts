// The Fetch handler in a Hono app, served by @hono/node-server on 127.0.0.1.
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookHandler } from '../../src/index.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { runDeliveryScenarios, sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, rawExchange, type RunningServer } from './support/servers.ts';
import { zoomHeaders } from './support/zoom-signature.ts';

/** The app as the README shows it: the handler on the untouched request, bounding the body itself. */
function honoApp(handler: WebhookHandler): Hono {
  const app = new Hono();
  app.all('/zoom', (c) => handler(c.req.raw));
  return app;
}

const serve = (app: Hono): Promise<RunningServer> =>
  listenOnLoopback(createAdaptorServer({ fetch: app.fetch }) as Server);

describe('createWebhookHandler in a Hono app', () => {
  runDeliveryScenarios(async () => {
    const { handler, calls } = recordingHandler();
    const running = await serve(honoApp(handler));
    return { calls, close: running.close, send: (delivery) => sendOverHttp(`${running.url}/zoom`, delivery) };
  });
});

describe('createWebhookHandler in a Hono app, oversized bodies', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('answers 413 with no bodyLimit in front, by Content-Length and while streaming, and runs no handler', async () => {
    const { handler, calls } = recordingHandler({ maxBodyBytes: 1024 });
    running = await serve(honoApp(handler));
    const big = `${genuineBody}${' '.repeat(2048)}`;
    const declared = await sendOverHttp(`${running.url}/zoom`, { body: big, headers: zoomHeaders(big) });
    expect(declared.status).toBe(413);
    const streamed = await rawExchange(running.port, {
      head: `POST /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n${Object.entries(zoomHeaders(big))
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`,
      chunks: [Buffer.from(`${Buffer.byteLength(big).toString(16)}\r\n${big}\r\n0\r\n\r\n`)],
    });
    expect(streamed.status).toBe(413);
    expect(calls).toEqual([]);
  });
});
