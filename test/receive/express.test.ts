// The Node adapter mounted in Express 5, on a real server on 127.0.0.1.
import { createServer } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { runDeliveryScenarios, sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, rawExchange, type RunningServer } from './support/servers.ts';
import { FORGER_SECRET, zoomHeaders } from './support/zoom-signature.ts';

describe('toNodeListener in Express 5, mounted before express.json()', () => {
  runDeliveryScenarios(async () => {
    const { handler, calls } = recordingHandler();
    const app = express();
    app.all('/zoom', toNodeListener(handler));
    app.use(express.json());
    const running = await listenOnLoopback(createServer(app));
    return { calls, close: running.close, send: (delivery) => sendOverHttp(`${running.url}/zoom`, delivery) };
  });
});

const signedHead = (body: string): string =>
  Object.entries(zoomHeaders(body))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('toNodeListener in Express 5, behind body parsers', () => {
  it('answers 500 and logs how to fix it when express.json() has already consumed the body', async () => {
    const { handler, calls } = recordingHandler();
    const onError = vi.fn();
    const app = express();
    app.use(express.json());
    app.post('/zoom', toNodeListener(handler, { onError }));
    running = await listenOnLoopback(createServer(app));
    const answer = await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) });
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'body_already_parsed' });
    expect(onError).toHaveBeenCalledTimes(1);
    const message = (onError.mock.calls[0]![0] as Error).message;
    expect(message).toMatch(/already read by express\.json\(\)/);
    expect(message).toMatch(/mount the webhook route before express\.json\(\)/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['express.text()', () => express.text({ type: '*/*' })],
    ['express.urlencoded()', () => express.urlencoded({ type: '*/*' })],
  ] as const)('names %s, and its own fix, when that parser consumed the body', async (parser, mount) => {
    const { handler, calls } = recordingHandler();
    const onError = vi.fn();
    const app = express();
    app.use(mount());
    app.post('/zoom', toNodeListener(handler, { onError }));
    running = await listenOnLoopback(createServer(app));
    const headers = {
      ...zoomHeaders(genuineBody),
      'content-type': parser === 'express.text()' ? 'text/plain' : 'application/x-www-form-urlencoded',
    };
    expect((await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers })).status).toBe(500);
    const message = (onError.mock.calls[0]![0] as Error).message;
    expect(message).toContain(`already read by ${parser}`);
    expect(message).toContain(`mount the webhook route before ${parser}`);
    expect(message).toContain(`${parser.slice(0, -1)}{ verify: (req, res, buf) => { req.rawBody = buf } })`);
    expect(message).not.toContain('express.json()');
    expect(calls).toEqual([]);
  });

  it('names no framework it cannot see when something else read the stream', async () => {
    const onError = vi.fn();
    const { handler } = recordingHandler();
    const listener = toNodeListener(handler, { onError });
    running = await listenOnLoopback((request, response) => {
      request.resume(); // a reader that keeps nothing
      request.on('end', () => listener(request, response));
    });
    expect(
      (await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) })).status,
    ).toBe(500);
    const message = (onError.mock.calls[0]![0] as Error).message;
    expect(message).toMatch(/already read by a body parser/);
    expect(message).toMatch(/in Fastify, give the route a content-type parser/);
    expect(message).not.toMatch(/express\./);
  });

  it('logs with console.error when no onError is given', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { handler } = recordingHandler();
      const app = express();
      app.use(express.json());
      app.post('/zoom', toNodeListener(handler));
      running = await listenOnLoopback(createServer(app));
      expect(
        (await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) })).status,
      ).toBe(500);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toMatch(/route before express\.json\(\)/);
    } finally {
      error.mockRestore();
    }
  });

  it('uses the Buffer express.raw() leaves in req.body', async () => {
    const { handler, calls } = recordingHandler();
    const app = express();
    app.post('/zoom', express.raw({ type: 'application/json' }), toNodeListener(handler));
    running = await listenOnLoopback(createServer(app));
    expect(
      (await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) })).status,
    ).toBe(200);
    expect(
      (
        await sendOverHttp(`${running.url}/zoom`, {
          body: genuineBody,
          headers: zoomHeaders(genuineBody, { secret: FORGER_SECRET }),
        })
      ).status,
    ).toBe(401);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
  });

  it('uses the raw Buffer a verify hook keeps in req.rawBody behind express.json()', async () => {
    const { handler, calls } = recordingHandler();
    const app = express();
    app.use(
      express.json({
        verify: (request, _response, buffer) => {
          (request as typeof request & { rawBody?: Buffer }).rawBody = buffer;
        },
      }),
    );
    app.post('/zoom', toNodeListener(handler));
    running = await listenOnLoopback(createServer(app));
    expect(
      (await sendOverHttp(`${running.url}/zoom`, { body: genuineBody, headers: zoomHeaders(genuineBody) })).status,
    ).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    expect(calls[0]!.event).toEqual(JSON.parse(genuineBody));
  });

  it('answers 413 past maxBodyBytes, with Connection: close', async () => {
    const { handler } = recordingHandler();
    const app = express();
    app.post('/zoom', toNodeListener(handler, { maxBodyBytes: 100 }));
    running = await listenOnLoopback(createServer(app));
    const answer = await rawExchange(running.port, {
      // Signed headers, so that the body is read (an unsigned request is refused before a byte is).
      head: `POST /zoom HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n${signedHead(genuineBody)}\r\n`,
      chunks: Array.from({ length: 64 }, () => Buffer.from(`40\r\n${'x'.repeat(64)}\r\n`)),
      stopWhenAnswered: true,
      untilClosed: true,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
  });

  it('passes the mounted path (req.originalUrl) to the Fetch handler, and a rejection to next()', async () => {
    const urls: string[] = [];
    const router = express.Router();
    router.post(
      '/zoom',
      toNodeListener(async (request) => {
        urls.push(new URL(request.url).pathname);
        throw new Error('not written for this');
      }),
    );
    const app = express();
    app.use('/hooks', router);
    app.use((error: Error, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
      response.status(503).json({ handledBy: 'express', message: error.message });
    });
    running = await listenOnLoopback(createServer(app));
    const answer = await sendOverHttp(`${running.url}/hooks/zoom`, {
      body: genuineBody,
      headers: zoomHeaders(genuineBody),
    });
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text)).toEqual({ handledBy: 'express', message: 'not written for this' });
    expect(urls).toEqual(['/hooks/zoom']);
  });
});
