// `secret` as a function of the request: one secret or several, returned at once or as a promise.
import type { RequestListener } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody, urlValidationBody, PLAIN_TOKEN } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, type RunningServer } from './support/servers.ts';
import {
  CURRENT_SECRET,
  FORGER_SECRET,
  PREVIOUS_SECRET,
  encryptToken,
  zoomHeaders,
  zoomRequest,
} from './support/zoom-signature.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const APP_SECRETS: Record<string, string> = { 'app-one': CURRENT_SECRET, 'app-two': PREVIOUS_SECRET };

describe('secret as a function of the request', () => {
  it('verifies with an async secret function over node:http, one app per path, and refuses the others', async () => {
    const asked: string[] = [];
    const { handler, calls } = recordingHandler({
      secret: async (request) => {
        const app = new URL(request.url).pathname.split('/')[2]!;
        asked.push(app);
        await new Promise((resolve) => setTimeout(resolve, 5)); // a secret store's round trip
        return APP_SECRETS[app] ?? [];
      },
    });
    running = await listenOnLoopback(toNodeListener(handler) as RequestListener);
    const send = (app: string, secret: string) =>
      sendOverHttp(`${running!.url}/zoom/${app}`, { body: genuineBody, headers: zoomHeaders(genuineBody, { secret }) });
    expect((await send('app-one', CURRENT_SECRET)).status).toBe(200);
    expect((await send('app-two', PREVIOUS_SECRET)).status).toBe(200);
    expect((await send('app-two', CURRENT_SECRET)).status).toBe(401); // app one's secret on app two's path
    expect(asked).toEqual(['app-one', 'app-two', 'app-two']);
    expect(calls.filter((call) => call.hook === 'on')).toHaveLength(2);
  });

  it('takes a sync function giving several secrets; URL validation is answered with the one that matched', async () => {
    const handler = createWebhookHandler({ secret: () => [CURRENT_SECRET, PREVIOUS_SECRET] });
    const response = await handler(zoomRequest(urlValidationBody, { secret: PREVIOUS_SECRET }));
    expect(await response.json()).toEqual({
      plainToken: PLAIN_TOKEN,
      encryptedToken: encryptToken(PREVIOUS_SECRET, PLAIN_TOKEN),
    });
  });

  it('answers 500 (Zoom retries) and calls onError when the function fails or gives no usable secret', async () => {
    const answers: (() => unknown)[] = [
      () => Promise.reject(new Error('vault sealed')),
      () => '',
      () => [],
      () => undefined,
    ];
    for (const answer of answers) {
      const { handler, calls } = recordingHandler({ secret: answer as () => string });
      const response = await handler(zoomRequest(genuineBody));
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: 'secret_unavailable' });
      expect(calls.map((call) => call.hook)).toEqual(['onError']);
      expect(String(calls[0]!.error)).toMatch(/vault sealed|secret returned by secret\(request\)/);
    }
  });

  it('is not called for a request refused from its headers', async () => {
    let called = 0;
    const handler = createWebhookHandler({
      secret: () => {
        called++;
        return CURRENT_SECRET;
      },
    });
    const unsigned = await handler(
      new Request('https://hooks.example.com/zoom', { method: 'POST', body: genuineBody }),
    );
    expect(unsigned.status).toBe(401);
    expect(called).toBe(0);
    const forged = await handler(zoomRequest(genuineBody, { secret: FORGER_SECRET }));
    expect(forged.status).toBe(401);
    expect(called).toBe(1);
  });
});
