// Acknowledge first: with a waitUntil, the handler answers 200 once the delivery is verified and parsed,
// and the handlers run inside it; their failures go to onError. Over a real node:http server.
import type { RequestListener } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookHandler } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody, throwingBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, waitFor, type RunningServer } from './support/servers.ts';
import { CURRENT_SECRET, zoomHeaders, zoomRequest } from './support/zoom-signature.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const serve = async (handler: WebhookHandler): Promise<string> => {
  running = await listenOnLoopback(toNodeListener(handler) as RequestListener);
  return `${running.url}/zoom`;
};

describe('waitUntil', () => {
  it('answers 200 before a slow handler finishes, and the handler then runs to the end inside waitUntil', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const pending: Promise<unknown>[] = [];
    let finished = false;
    const handler = createWebhookHandler({
      secret: CURRENT_SECRET,
      handlerTimeoutMs: 10, // does not apply: the answer comes first
      waitUntil: (promise) => void pending.push(promise),
      on: {
        'contact_center.task_created': async () => {
          await slow;
          finished = true;
        },
      },
    });
    const answer = await sendOverHttp(await serve(handler), { body: genuineBody, headers: zoomHeaders(genuineBody) });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ received: true });
    expect(finished).toBe(false); // answered while the handler waits
    expect(pending).toHaveLength(1);
    release();
    await expect(pending[0]).resolves.toBe(true);
    expect(finished).toBe(true);
  });

  it('sends the failures of handlers run after the answer to onError, with the event and its delivery', async () => {
    const pending: Promise<unknown>[] = [];
    const { handler, calls } = recordingHandler({ waitUntil: (promise) => void pending.push(promise) });
    const answer = await sendOverHttp(await serve(handler), { body: throwingBody, headers: zoomHeaders(throwingBody) });
    expect(answer.status).toBe(200);
    await waitFor(() => calls.length > 0); // onError is called
    await Promise.all(pending);
    expect(calls.map((call) => call.hook)).toEqual(['onError']);
    expect(calls[0]!.error).toEqual(new Error('the database is down'));
    expect(Buffer.from(calls[0]!.delivery!.body).toString('utf8')).toBe(throwingBody);
  });

  it('takes a waitUntil per request (Workers: handler(request, ctx)), after refusing unverified requests', async () => {
    const pending: Promise<unknown>[] = [];
    const { handler, calls } = recordingHandler();
    // Like Workers' ExecutionContext: a method that needs its `this`.
    class ExecutionContext {
      readonly #pending = pending;
      waitUntil(promise: Promise<unknown>): void {
        this.#pending.push(promise);
      }
    }
    const context = new ExecutionContext();
    const send = (headers: Record<string, string>) =>
      handler(new Request('https://hooks.example.com/zoom', { method: 'POST', headers, body: genuineBody }), context);
    expect((await send({})).status).toBe(401);
    expect(pending).toEqual([]);
    expect((await send(zoomHeaders(genuineBody))).status).toBe(200);
    expect(pending).toHaveLength(1);
    await Promise.all(pending);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
  });

  it('falls back to answering after the handlers when waitUntil itself throws, and reports it', async () => {
    const { handler, calls } = recordingHandler({
      waitUntil: () => {
        throw new Error('waitUntil called outside a request');
      },
    });
    const response = await handler(zoomRequest(genuineBody));
    expect(response.status).toBe(200);
    // Answered after the handlers ran, as without waitUntil; the failure of waitUntil was reported.
    expect(calls.map((call) => call.hook).sort()).toEqual(['on', 'onError', 'onEvent']);
    expect(calls.find((call) => call.hook === 'onError')!.error).toEqual(
      new Error('waitUntil called outside a request'),
    );
  });
});
