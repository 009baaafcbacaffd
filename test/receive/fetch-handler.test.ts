// The Fetch handler called directly, as Hono, Next.js, Bun, Deno and Workers call it.
import { describe, expect, it, vi } from 'vitest';
import { createWebhookHandler } from '../../src/index.ts';
import { genuineBody, offSpecBody, unknownBody } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { runDeliveryScenarios } from './support/scenarios.ts';
import { CURRENT_SECRET, zoomHeaders } from './support/zoom-signature.ts';

const URL_ = 'https://hooks.example.com/zoom';

describe('createWebhookHandler, called with a Fetch Request', () => {
  runDeliveryScenarios(async () => {
    const { handler, calls } = recordingHandler();
    return {
      calls,
      close: async () => {},
      send: async ({ method = 'POST', body, headers = {} }) => {
        const response = await handler(new Request(URL_, { method, headers, ...(body === undefined ? {} : { body }) }));
        return { status: response.status, headers: response.headers, text: await response.text() };
      },
    };
  });
});

describe('createWebhookHandler, beyond the shared scenarios', () => {
  it('refuses a repeated x-zm-signature (Headers joins it with ", ") as malformed', async () => {
    const { handler, calls } = recordingHandler();
    const signed = zoomHeaders(genuineBody);
    const headers = new Headers(signed);
    headers.append('x-zm-signature', signed['x-zm-signature']!);
    const response = await handler(new Request(URL_, { method: 'POST', headers, body: genuineBody }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ reason: 'malformed_signature' });
    expect(calls).toEqual([]);
  });

  it('verifies a body that arrives as a stream, in small pieces that split characters', async () => {
    const { handler, calls } = recordingHandler();
    const bytes = new TextEncoder().encode(genuineBody);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const response = await handler(
      new Request(URL_, { method: 'POST', headers: zoomHeaders(bytes), body: stream, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
  });

  it('answers 500 with a JSON body, and reports, when the body was already read', async () => {
    const onError = vi.fn();
    const handler = createWebhookHandler({ secret: CURRENT_SECRET, onError });
    const request = new Request(URL_, { method: 'POST', headers: zoomHeaders(genuineBody), body: genuineBody });
    await request.text();
    const response = await handler(request);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: 'body_already_read' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(String(onError.mock.calls[0]![0])).toMatch(/already read/);
  });

  it('answers 400 when the body stream fails mid-way', async () => {
    const handler = createWebhookHandler({ secret: CURRENT_SECRET });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"event":'));
        controller.error(new Error('connection reset'));
      },
    });
    const response = await handler(
      new Request(URL_, { method: 'POST', headers: zoomHeaders('x'), body: stream, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unreadable_body' });
  });

  it('sends an event with an unlisted field to onInvalidEvent in strict mode, and to `on` otherwise', async () => {
    const withExtra = JSON.stringify({ ...JSON.parse(genuineBody), brand_new_field: 1 });
    const lenient = recordingHandler();
    const strict = recordingHandler({ strict: true });
    for (const { handler } of [lenient, strict]) {
      const response = await handler(
        new Request(URL_, { method: 'POST', headers: zoomHeaders(withExtra), body: withExtra }),
      );
      expect(response.status).toBe(200);
    }
    expect(lenient.calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    expect(strict.calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
  });

  it('honours toleranceSeconds', async () => {
    const { handler, calls } = recordingHandler({ toleranceSeconds: 10 });
    const old = zoomHeaders(genuineBody, { timestamp: Math.floor(Date.now() / 1000) - 20 });
    const response = await handler(new Request(URL_, { method: 'POST', headers: old, body: genuineBody }));
    expect(response.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('warns (never drops) without onUnknownEvent or onInvalidEvent, and logs failures without onError', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const handler = createWebhookHandler({
        secret: CURRENT_SECRET,
        on: {
          'contact_center.task_created': () => {
            throw new Error('boom');
          },
        },
      });
      for (const body of [unknownBody, offSpecBody]) {
        expect((await handler(new Request(URL_, { method: 'POST', headers: zoomHeaders(body), body }))).status).toBe(
          200,
        );
      }
      expect(warn).toHaveBeenCalledTimes(2);
      expect(String(warn.mock.calls[0]![0])).toMatch(/contact_center\.brand_new_thing.*onUnknownEvent/);
      expect(String(warn.mock.calls[1]![0])).toMatch(/Invalid contact_center\.task_created payload.*onInvalidEvent/);
      expect(
        (await handler(new Request(URL_, { method: 'POST', headers: zoomHeaders(genuineBody), body: genuineBody })))
          .status,
      ).toBe(500);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toMatch(/handling "contact_center\.task_created" failed/);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('still answers 500 when onError itself throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const handler = createWebhookHandler({
        secret: CURRENT_SECRET,
        onEvent: () => Promise.reject(new Error('queue unavailable')),
        onError: () => {
          throw new Error('logger down');
        },
      });
      const response = await handler(
        new Request(URL_, { method: 'POST', headers: zoomHeaders(genuineBody), body: genuineBody }),
      );
      expect(response.status).toBe(500);
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
  });

  it('refuses to be created without a usable secret or tolerance (fail closed, at startup)', () => {
    expect(() => createWebhookHandler({ secret: '' })).toThrow(/empty/);
    expect(() => createWebhookHandler({ secret: [] })).toThrow(/empty list/);
    expect(() => createWebhookHandler({ secret: ['ok', ''] })).toThrow(/secret\[1\] is empty/);
    expect(() => createWebhookHandler({ secret: undefined as unknown as string })).toThrow(TypeError);
    expect(() => createWebhookHandler({ secret: 'ok', toleranceSeconds: -1 })).toThrow(/toleranceSeconds/);
  });
});
