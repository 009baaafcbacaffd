// Retries deduplicated: Zoom retries with the same x-zm-request-id and a byte-identical body, but a new
// timestamp and signature. Over a real node:http server, and the in-memory store on its own.
import type { RequestListener } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMemoryDeliveryStore,
  createWebhookHandler,
  type Delivery,
  type DeliveryClaim,
  type WebhookHandlerOptions,
} from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody } from './support/deliveries.ts';
import { sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, type RunningServer } from './support/servers.ts';
import { CURRENT_SECRET, nowSeconds, zoomHeaders } from './support/zoom-signature.ts';

const REQUEST_ID = 'f4c1c1b0-6a8e-4cf1-9a2b-request-id-1';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A server whose `on` handler is `work`, deduplicating with an in-memory store; it records every hook. */
async function serve(work: () => unknown, overrides: Partial<WebhookHandlerOptions> = {}) {
  const runs: Delivery[] = [];
  const duplicates: DeliveryClaim[] = [];
  const errors: unknown[] = [];
  const handler = createWebhookHandler({
    secret: CURRENT_SECRET,
    deduplicate: createMemoryDeliveryStore(),
    on: {
      'contact_center.task_created': async (_event, delivery) => {
        runs.push(delivery);
        await work();
      },
    },
    onDuplicate: (_delivery, claim) => void duplicates.push(claim),
    onError: (error) => void errors.push(error),
    ...overrides,
  });
  running = await listenOnLoopback(toNodeListener(handler) as RequestListener);
  const url = `${running.url}/zoom`;
  /** One attempt of the delivery, signed now (or `secondsAgo` ago), as Zoom signs each attempt anew. */
  const attempt = (secondsAgo = 0, requestId: string | undefined = REQUEST_ID) =>
    sendOverHttp(url, {
      body: genuineBody,
      headers: {
        ...zoomHeaders(genuineBody, { timestamp: nowSeconds() - secondsAgo }),
        ...(requestId === undefined ? {} : { 'x-zm-request-id': requestId }),
      },
    });
  return { runs, duplicates, errors, attempt };
}

/** A promise that the test settles: a handler that takes as long as the test says. */
function gate(): { promise: Promise<void>; open: () => void; fail: (error: Error) => void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('deduplicate, over node:http', () => {
  it('runs the handlers once for a retry with the same request id, a new timestamp and a new signature', async () => {
    const { runs, duplicates, attempt } = await serve(() => {});
    const first = await attempt(60); // signed a minute ago
    const retry = await attempt(0);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.text)).toEqual({ received: true, duplicate: true });
    expect(runs).toHaveLength(1);
    expect(duplicates).toEqual(['done']);
  });

  it('lets the retry run when the first attempt failed (500 releases the claim)', async () => {
    let failures = 1;
    const { runs, errors, attempt } = await serve(() => {
      if (failures-- > 0) throw new Error('the database is down');
    });
    expect((await attempt(30)).status).toBe(500);
    expect((await attempt(0)).status).toBe(200);
    expect((await attempt(0)).status).toBe(200); // the third is a duplicate of the second, which succeeded
    expect(runs).toHaveLength(2);
    expect(errors).toEqual([new Error('the database is down')]);
  });

  it('keys on a hash of the signed body when there is no request id', async () => {
    const { runs, duplicates, attempt } = await serve(() => {});
    expect((await attempt(10, undefined)).status).toBe(200);
    expect((await attempt(0, undefined)).status).toBe(200);
    expect(runs).toHaveLength(1);
    expect(duplicates).toEqual(['done']);
    expect((await attempt(0, 'another-request-id')).status).toBe(200); // same bytes, other id: a new delivery
    expect(runs).toHaveLength(2);
  });

  it('times a slow handler out with 503; a retry meanwhile gets 503 and runs nothing; after success, 200', async () => {
    const slow = gate();
    const { runs, duplicates, errors, attempt } = await serve(() => slow.promise, { handlerTimeoutMs: 50 });
    const first = await attempt(5);
    expect(first.status).toBe(503);
    expect(JSON.parse(first.text)).toMatchObject({ error: 'handler_timeout' });
    expect(String(errors[0])).toMatch(/still running after 50 ms; answered 503/);

    const during = await attempt(0);
    expect(during.status).toBe(503);
    expect(JSON.parse(during.text)).toMatchObject({ error: 'delivery_in_progress' });

    slow.open();
    await slow.promise;
    await new Promise((resolve) => setImmediate(resolve)); // the claim is completed after the handler settles
    const after = await attempt(0);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.text)).toEqual({ received: true, duplicate: true });
    expect(runs).toHaveLength(1);
    expect(duplicates).toEqual(['in_progress', 'done']);
  });

  it('releases the claim of a slow handler that fails after its 503, so the next retry runs it again', async () => {
    const slow = gate();
    let calls = 0;
    const { runs, errors, attempt } = await serve(() => (calls++ === 0 ? slow.promise : undefined), {
      handlerTimeoutMs: 50,
    });
    expect((await attempt(5)).status).toBe(503);
    slow.fail(new Error('gave up late'));
    await expect(slow.promise).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors.map(String)).toContain('Error: gave up late');
    expect((await attempt(0)).status).toBe(200);
    expect(runs).toHaveLength(2);
  });

  it('answers 500 (so Zoom retries) and reports when the store fails, running no handler', async () => {
    const failingStore = {
      claim: () => Promise.reject(new Error('redis unreachable')),
      complete: () => {},
      release: () => {},
    };
    const { runs, errors, attempt } = await serve(() => {}, { deduplicate: failingStore });
    const answer = await attempt();
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'store_failed' });
    expect(runs).toEqual([]);
    expect(errors).toEqual([new Error('redis unreachable')]);
  });
});

describe('createMemoryDeliveryStore', () => {
  it('claims once, reports a claim in progress or done, and forgets a released one', () => {
    const store = createMemoryDeliveryStore();
    expect(store.claim('a')).toBe('claimed');
    expect(store.claim('a')).toBe('in_progress');
    store.complete('a');
    expect(store.claim('a')).toBe('done');
    expect(store.claim('b')).toBe('claimed');
    store.release('b');
    expect(store.claim('b')).toBe('claimed');
  });

  it('forgets a claim after ttl milliseconds, counted again from its completion', () => {
    let now = 1_000_000;
    const store = createMemoryDeliveryStore({ ttl: 1000, now: () => now });
    expect(store.claim('a')).toBe('claimed');
    now += 999;
    store.complete('a'); // kept 1000 ms from here
    now += 999;
    expect(store.claim('a')).toBe('done');
    now += 1;
    expect(store.claim('a')).toBe('claimed');
  });

  it('keeps at most maxEntries claims, forgetting the oldest first', () => {
    const store = createMemoryDeliveryStore({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) expect(store.claim(key)).toBe('claimed');
    expect(store.claim('c')).toBe('in_progress');
    expect(store.claim('b')).toBe('in_progress');
    expect(store.claim('a')).toBe('claimed'); // forgotten when c came in
  });

  it('refuses a ttl or maxEntries it cannot honour, with a TypeError', () => {
    expect(() => createMemoryDeliveryStore({ ttl: 0 })).toThrow(/ttl/);
    expect(() => createMemoryDeliveryStore({ ttl: Number.NaN })).toThrow(TypeError);
    expect(() => createMemoryDeliveryStore({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => createMemoryDeliveryStore({ maxEntries: 1.5 })).toThrow(TypeError);
  });
});
