// The deliveries every transport must answer alike (the Fetch handler called directly, node:http,
// Express 5, Hono), with what Zoom gets back and what the application sees. Each transport's test file
// runs them over its own server.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WebhookEventError } from '../../../src/index.ts';
import type { Call } from './recording-handler.ts';
import {
  PLAIN_TOKEN,
  THROWING_EVENT,
  badEnvelopeBody,
  brokenJsonBody,
  genuineBody,
  offSpecBody,
  throwingBody,
  unknownBody,
  urlValidationBody,
} from './deliveries.ts';
import {
  CURRENT_SECRET,
  FORGER_SECRET,
  PREVIOUS_SECRET,
  encryptToken,
  nowSeconds,
  zoomHeaders,
} from './zoom-signature.ts';

export interface Delivery {
  readonly method?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** What a transport's test file provides for each scenario: a way to send, and the calls the app saw. */
export interface Transport {
  send(delivery: Delivery): Promise<Answer>;
  readonly calls: Call[];
  close(): Promise<void>;
}

interface Scenario {
  readonly name: string;
  readonly delivery: () => Delivery; // built when the test runs, so timestamps are fresh
  readonly status: number;
  readonly check: (body: Record<string, unknown>, calls: readonly Call[], answer: Answer) => void;
}

const post = (body: string, headers: Record<string, string>): Delivery => ({ method: 'POST', body, headers });
const withoutHeader = (headers: Record<string, string>, name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

function expectRefused(reason: string): Scenario['check'] {
  return (body, calls) => {
    expect(body).toMatchObject({ error: 'invalid_signature', reason });
    expect(calls).toEqual([]); // no handler runs for an unverified request
  };
}

const scenarios: readonly Scenario[] = [
  {
    name: 'a genuine delivery runs its `on` handler, then onEvent, then answers 200',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true });
      expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
      expect(calls[0]!.event).toEqual(JSON.parse(genuineBody));
      expect(calls[1]!.event).toBe(calls[0]!.event);
    },
  },
  {
    name: 'a signature in uppercase hex is accepted',
    delivery: () => {
      const headers = zoomHeaders(genuineBody);
      return post(genuineBody, {
        ...headers,
        'x-zm-signature': `v0=${headers['x-zm-signature']!.slice(3).toUpperCase()}`,
      });
    },
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true });
      expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    },
  },
  {
    name: 'a delivery signed with the previous secret is accepted while rotating',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody, { secret: PREVIOUS_SECRET })),
    status: 200,
    check: (_body, calls) => expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']),
  },
  {
    name: 'a forged delivery (signed with another secret) is refused with 401',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody, { secret: FORGER_SECRET })),
    status: 401,
    check: expectRefused('signature_mismatch'),
  },
  {
    name: 'a body altered after signing is refused with 401',
    delivery: () => post(genuineBody.replace('"pending"', '"assigned"'), zoomHeaders(genuineBody)),
    status: 401,
    check: expectRefused('signature_mismatch'),
  },
  {
    name: 'a body re-serialised after signing (same JSON, other bytes) is refused with 401',
    delivery: () => post(JSON.stringify(JSON.parse(genuineBody)), zoomHeaders(genuineBody)),
    status: 401,
    check: expectRefused('signature_mismatch'),
  },
  {
    name: 'a replayed delivery (genuine, signed 301 s ago) is refused with 401',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody, { timestamp: nowSeconds() - 301 })),
    status: 401,
    check: expectRefused('stale_timestamp'),
  },
  {
    // 302, not 301: the header is whole seconds rounded down, so "now + 301" can be less than 300 s ahead
    // by the time it is checked.
    name: 'a delivery dated 302 s in the future is refused with 401',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody, { timestamp: nowSeconds() + 302 })),
    status: 401,
    check: expectRefused('stale_timestamp'),
  },
  {
    name: 'a delivery signed 250 s ago (inside the window) is accepted',
    delivery: () => post(genuineBody, zoomHeaders(genuineBody, { timestamp: nowSeconds() - 250 })),
    status: 200,
    check: (_body, calls) => expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']),
  },
  {
    name: 'a delivery without x-zm-signature is refused with 401',
    delivery: () => post(genuineBody, withoutHeader(zoomHeaders(genuineBody), 'x-zm-signature')),
    status: 401,
    check: expectRefused('missing_signature'),
  },
  {
    name: 'a delivery without x-zm-request-timestamp is refused with 401',
    delivery: () => post(genuineBody, withoutHeader(zoomHeaders(genuineBody), 'x-zm-request-timestamp')),
    status: 401,
    check: expectRefused('missing_signature'),
  },
  {
    name: 'a signature one hex digit short is refused with 401 as malformed',
    delivery: () => {
      const headers = zoomHeaders(genuineBody);
      return post(genuineBody, { ...headers, 'x-zm-signature': headers['x-zm-signature']!.slice(0, -1) });
    },
    status: 401,
    check: expectRefused('malformed_signature'),
  },
  {
    name: 'a timestamp in milliseconds is refused with 401 (it is far in the future)',
    delivery: () => {
      const timestamp = Date.now();
      return post(genuineBody, zoomHeaders(genuineBody, { timestamp }));
    },
    status: 401,
    check: expectRefused('stale_timestamp'),
  },
  {
    name: 'URL validation signed with the current secret is answered with its token and HMAC',
    delivery: () => post(urlValidationBody, zoomHeaders(urlValidationBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ plainToken: PLAIN_TOKEN, encryptedToken: encryptToken(CURRENT_SECRET, PLAIN_TOKEN) });
      expect(calls).toEqual([]);
    },
  },
  {
    name: 'URL validation signed with the previous secret is answered with that secret',
    delivery: () => post(urlValidationBody, zoomHeaders(urlValidationBody, { secret: PREVIOUS_SECRET })),
    status: 200,
    check: (body) =>
      expect(body).toEqual({ plainToken: PLAIN_TOKEN, encryptedToken: encryptToken(PREVIOUS_SECRET, PLAIN_TOKEN) }),
  },
  {
    name: 'unsigned URL validation is refused with 401 (Zoom signs it; an answer would be an HMAC oracle)',
    delivery: () => post(urlValidationBody, { 'content-type': 'application/json' }),
    status: 401,
    check: expectRefused('missing_signature'),
  },
  {
    name: 'URL validation without a plainToken is answered 400',
    delivery: () => {
      const body = JSON.stringify({ event: 'endpoint.url_validation', event_ts: 1654503849680, payload: {} });
      return post(body, zoomHeaders(body));
    },
    status: 400,
    check: (body, calls) => {
      expect(body).toMatchObject({ error: 'invalid_url_validation' });
      expect(calls).toEqual([]);
    },
  },
  {
    name: 'broken JSON, genuinely signed, is acknowledged 200 and reaches onInvalidEvent with its bytes',
    delivery: () => post(brokenJsonBody, zoomHeaders(brokenJsonBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true, warning: 'invalid_json' });
      expect(calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
      expect(calls[0]!.event).toBeUndefined();
      expect(calls[0]!.error).toMatchObject({ code: 'invalid_json' });
      expect(String((calls[0]!.error as Error).message)).toMatch(/not valid JSON/);
      expect(Buffer.from(calls[0]!.delivery!.body).toString('utf8')).toBe(brokenJsonBody);
    },
  },
  {
    name: 'an empty body, genuinely signed, is acknowledged 200 and given to onInvalidEvent (invalid_json)',
    delivery: () => post('', zoomHeaders('')),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true, warning: 'invalid_json' });
      expect((calls[0]!.error as WebhookEventError).issues).toEqual([
        { path: '', message: 'the body is empty', keyword: 'json' },
      ]);
      expect(calls[0]!.delivery!.body).toEqual(new Uint8Array(0));
    },
  },
  {
    name: 'JSON that is not an event envelope is acknowledged 200 and given to onInvalidEvent (invalid_envelope)',
    delivery: () => post(badEnvelopeBody, zoomHeaders(badEnvelopeBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true, warning: 'invalid_envelope' });
      expect(calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
      expect(calls[0]!.event).toEqual(JSON.parse(badEnvelopeBody));
      expect(calls[0]!.error).toMatchObject({
        code: 'invalid_envelope',
        issues: [{ path: '/event', keyword: 'required' }],
      });
    },
  },
  {
    name: 'an off-spec delivery is acknowledged 200 and given to onInvalidEvent with its error',
    delivery: () => post(offSpecBody, zoomHeaders(offSpecBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true, warning: 'invalid_payload' });
      expect(calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
      expect(calls[0]!.event).toEqual(JSON.parse(offSpecBody));
      const error = calls[0]!.error as WebhookEventError;
      expect(error).toBeInstanceOf(WebhookEventError);
      expect(error.code).toBe('invalid_payload');
      expect(error.issues.map((issue) => issue.path)).toContain('/payload/object/task_status');
    },
  },
  {
    name: 'an unknown event is acknowledged 200 and given to onUnknownEvent',
    delivery: () => post(unknownBody, zoomHeaders(unknownBody)),
    status: 200,
    check: (body, calls) => {
      expect(body).toEqual({ received: true, warning: 'unknown_event' });
      expect(calls.map((call) => call.hook)).toEqual(['onUnknownEvent']);
      expect(calls[0]!.event).toEqual(JSON.parse(unknownBody));
    },
  },
  {
    name: 'a handler that throws makes the answer 500 (so Zoom retries) and reaches onError',
    delivery: () => post(throwingBody, zoomHeaders(throwingBody)),
    status: 500,
    check: (body, calls) => {
      expect(body).toMatchObject({ error: 'handler_failed' });
      expect(JSON.stringify(body)).not.toContain('the database is down'); // internals do not leak to the caller
      expect(calls.map((call) => call.hook)).toEqual(['onError']); // onEvent does not run after a failure
      expect(calls[0]!.error).toEqual(new Error('the database is down'));
      expect((calls[0]!.event as { event: string }).event).toBe(THROWING_EVENT);
    },
  },
  {
    name: 'GET is answered 405 with Allow: POST',
    delivery: () => ({ method: 'GET' }),
    status: 405,
    check: (body, calls, answer) => {
      expect(body).toMatchObject({ error: 'method_not_allowed' });
      expect(answer.headers.get('allow')).toBe('POST');
      expect(calls).toEqual([]);
    },
  },
  {
    name: 'PUT, even genuinely signed, is answered 405',
    delivery: () => ({ method: 'PUT', body: genuineBody, headers: zoomHeaders(genuineBody) }),
    status: 405,
    check: (_body, calls) => expect(calls).toEqual([]),
  },
  {
    name: 'headers are matched in any case',
    delivery: () => {
      const headers = zoomHeaders(genuineBody);
      return post(genuineBody, {
        'Content-Type': 'application/json',
        'X-ZM-SIGNATURE': headers['x-zm-signature']!,
        'X-Zm-Request-Timestamp': headers['x-zm-request-timestamp']!,
      });
    },
    status: 200,
    check: (_body, calls) => expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']),
  },
];

/** Registers one test per scenario, each on a fresh transport that is closed afterwards. */
export function runDeliveryScenarios(start: () => Promise<Transport>): void {
  let transport: Transport | undefined;
  beforeEach(async () => {
    transport = await start();
  });
  afterEach(async () => {
    await transport?.close();
    transport = undefined;
  });
  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const answer = await transport!.send(scenario.delivery());
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(answer.text) as Record<string, unknown>; // JSON bodies on every answer
      expect({ status: answer.status, body }).toMatchObject({ status: scenario.status });
      scenario.check(body, transport!.calls, answer);
    });
  }
}

/** Sends a delivery over HTTP with fetch. */
export async function sendOverHttp(url: string, delivery: Delivery): Promise<Answer> {
  const response = await fetch(url, {
    method: delivery.method ?? 'POST',
    headers: delivery.headers ?? {},
    ...(delivery.body === undefined ? {} : { body: delivery.body }),
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
