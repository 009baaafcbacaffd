// The Fetch handler in a Hono app, served by @hono/node-server on 127.0.0.1.
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookHandler } from '../../src/index.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { runDeliveryScenarios, sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, rawExchange, type RunningServer } from './support/servers.ts';
import { zoomHeaders } from './support/zoom-signature.ts';

/** The app as the README shows it: Hono's own body limit, then the handler on the untouched request. */
function honoApp(handler: WebhookHandler, maxSize = 1024 * 1024): Hono {
  const app = new Hono();
  app.all('/zoom', bodyLimit({ maxSize, onError: (c) => c.json({ error: 'body_too_large' }, 413) }), (c) =>
    handler(c.req.raw),
  );
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

  it('answers 413 through bodyLimit, by Content-Length and while streaming, and runs no handler', async () => {
    const { handler, calls } = recordingHandler();
    running = await serve(honoApp(handler, 1024));
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
