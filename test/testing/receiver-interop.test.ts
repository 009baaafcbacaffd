// End to end: deliveries made by the testing kit verify with the package's own receiver, over the
// Fetch handler and over a real node:http server reached with fetch, as a user's test would do it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactCenterEvent } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { createWebhookHandler } from '../../src/receive/create-webhook-handler.ts';
import { verifyWebhookSignature } from '../../src/receive/verify-webhook-signature.ts';
import { createEvent, createUrlValidationDelivery, signDelivery } from '../../src/testing.ts';

const SECRET = 'sN2wq0dHTX2lM8yYQc8tUg';

describe('signDelivery with verifyWebhookSignature', () => {
  it('verifies, and stops verifying once the body, secret or time is wrong', async () => {
    const delivery = await signDelivery({ secret: SECRET, body: createEvent('contact_center.task_created') });
    const check = (changes: Partial<Parameters<typeof verifyWebhookSignature>[0]> = {}) =>
      verifyWebhookSignature({
        secret: SECRET,
        rawBody: delivery.body,
        signature: delivery.headers['x-zm-signature'],
        timestamp: delivery.headers['x-zm-request-timestamp'],
        ...changes,
      });
    expect(await check()).toEqual({ valid: true });
    expect(await check({ rawBody: new TextEncoder().encode(delivery.body) })).toEqual({ valid: true });
    expect(await check({ rawBody: delivery.body.replace('pending', 'reserved') })).toEqual({
      valid: false,
      reason: 'signature_mismatch',
    });
    expect(await check({ secret: 'another-secret' })).toEqual({ valid: false, reason: 'signature_mismatch' });
    expect(await check({ now: () => Date.now() + 10 * 60 * 1000 })).toEqual({
      valid: false,
      reason: 'stale_timestamp',
    });
  });
});

describe('deliveries against createWebhookHandler', () => {
  const received: ContactCenterEvent[] = [];
  const handler = createWebhookHandler({ secret: SECRET, strict: true, onEvent: (event) => void received.push(event) });

  it('a signed event is accepted and handed to the application as sent', async () => {
    const event = createEvent('contact_center.user_opt_out', {
      payload: { object: { user_email: 'jill@example.com' } },
    });
    const response = await handler(
      new Request('https://example.com/zoom', {
        method: 'POST',
        ...(await signDelivery({ secret: SECRET, body: event })),
      }),
    );
    expect(response.status).toBe(200);
    expect(received.at(-1)).toEqual(event);
  });

  it('a URL validation challenge gets the expected answer', async () => {
    const delivery = await createUrlValidationDelivery({ secret: SECRET });
    const response = await handler(
      new Request('https://example.com/zoom', { method: 'POST', body: delivery.body, headers: delivery.headers }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(delivery.expectedResponse);
  });

  it('a delivery signed with another secret is refused', async () => {
    const delivery = await signDelivery({ secret: 'not-the-secret', body: createEvent('contact_center.task_created') });
    const response = await handler(new Request('https://example.com/zoom', { method: 'POST', ...delivery }));
    expect(response.status).toBe(401);
  });
});

describe('fetch against a node:http endpoint', () => {
  let server: Server;
  let url: string;
  const received: ContactCenterEvent[] = [];

  beforeAll(async () => {
    server = createServer(
      toNodeListener(createWebhookHandler({ secret: SECRET, onEvent: (event) => void received.push(event) })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zoom`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('receives a signed event and answers URL validation', async () => {
    const event = createEvent('contact_center.task_created', { payload: { object: { task_status: 'assigned' } } });
    const response = await fetch(url, { method: 'POST', ...(await signDelivery({ secret: SECRET, body: event })) });
    expect(response.status).toBe(200);
    expect(received).toEqual([event]);

    const challenge = await createUrlValidationDelivery({ secret: SECRET, plainToken: 'qgg8vlvZRS6UYooatFL8Aw' });
    const answer = await fetch(url, { method: 'POST', body: challenge.body, headers: challenge.headers });
    expect(await answer.json()).toEqual(challenge.expectedResponse);
  });
});
