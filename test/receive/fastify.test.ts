// Fastify 5, mounted as the README's Fastify section shows: an encapsulated plugin whose content-type
// parser leaves the body unread, and a route that hands the raw request to toNodeListener.
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookHandler } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { runDeliveryScenarios, sendOverHttp } from './support/scenarios.ts';
import { rawExchange } from './support/servers.ts';
import { FORGER_SECRET, zoomHeaders } from './support/zoom-signature.ts';

/** The README's Fastify section, with the handler given. */
function fastifyApp(zoom: WebhookHandler): FastifyInstance {
  const app = Fastify();
  app.register(async (webhooks) => {
    // In this plugin only: keep Fastify's parsers off the body, so that the handler reads the signed bytes.
    webhooks.removeAllContentTypeParsers();
    webhooks.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const listener = toNodeListener(zoom);
    webhooks.all('/zoom', (request, reply) => {
      reply.hijack();
      listener(request.raw, reply.raw);
    });
  });
  app.post('/other', async (request) => ({ parsed: request.body })); // the rest of the app keeps its JSON parser
  return app;
}

async function listen(app: FastifyInstance): Promise<{ url: string; port: number }> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port };
}

describe('toNodeListener in Fastify 5', () => {
  runDeliveryScenarios(async () => {
    const { handler, calls } = recordingHandler();
    const app = fastifyApp(handler);
    const { url } = await listen(app);
    return { calls, close: () => app.close(), send: (delivery) => sendOverHttp(`${url}/zoom`, delivery) };
  });
});

describe('Fastify 5, end to end', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('receives a genuine delivery, refuses a forged one, and leaves JSON parsing to the rest of the app', async () => {
    const { handler, calls } = recordingHandler();
    app = fastifyApp(handler);
    const { url } = await listen(app);
    const genuine = await sendOverHttp(`${url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) });
    expect(genuine.status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    expect(calls[0]!.event).toEqual(JSON.parse(genuineBody));
    expect(Buffer.from(calls[0]!.delivery!.body).toString('utf8')).toBe(genuineBody);
    const forged = await sendOverHttp(`${url}/zoom`, {
      body: genuineBody,
      headers: zoomHeaders(genuineBody, { secret: FORGER_SECRET }),
    });
    expect(forged.status).toBe(401);
    const other = await sendOverHttp(`${url}/other`, {
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(other.text)).toEqual({ parsed: { a: 1 } });
  });

  it('answers 413 past the 1 MiB bound while the body streams, with Connection: close', async () => {
    const { handler, calls } = recordingHandler();
    app = fastifyApp(handler);
    const { port } = await listen(app);
    const frame = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 0x20), Buffer.from('\r\n')]);
    const answer = await rawExchange(port, {
      head: `POST /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n${Object.entries(
        zoomHeaders(genuineBody),
      )
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}\r\n`,
      chunks: Array.from({ length: 64 }, () => frame), // 4 MiB offered
      stopWhenAnswered: true,
      untilClosed: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(calls).toEqual([]);
  });
});
