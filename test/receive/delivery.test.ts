// What handlers learn of a delivery (the second argument), and one parse of the body whatever it holds:
// over a real node:http server, with Zoom's headers as they arrive on the wire.
import type { RequestListener } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { safeParseEvent } from '../../src/index.ts';
import { toNodeListener } from '../../src/node.ts';
import { genuineBody, offSpecBody, unknownBody, urlValidationBody, PLAIN_TOKEN } from './support/deliveries.ts';
import { recordingHandler } from './support/recording-handler.ts';
import { sendOverHttp } from './support/scenarios.ts';
import { listenOnLoopback, type RunningServer } from './support/servers.ts';
import { CURRENT_SECRET, encryptToken, zoomHeaders } from './support/zoom-signature.ts';

const ZOOM_HEADERS = {
  'x-zm-request-id': '9e0a3d6c_5c51_4c1b_9a1e_6f1f0e0d2a11',
  'x-zm-trackingid': 'v=2.0;clid=us02;rid=WEB_0b1d6c2e7f3a4e5b9c8d7e6f5a4b3c2d',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  clientid: 'aBcDeFgHiJkLmNoPqRsTu',
  'user-agent': 'Zoom Marketplace/1.0a',
  authorization: 'Bearer endpoint-token',
  'content-type': 'application/json; charset=utf-8',
};

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve() {
  const recording = recordingHandler();
  running = await listenOnLoopback(toNodeListener(recording.handler) as RequestListener);
  const send = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    sendOverHttp(`${running!.url}/zoom`, {
      body: typeof body === 'string' ? body : (Buffer.from(body) as unknown as string),
      headers: { ...zoomHeaders(body), ...headers },
    });
  return { ...recording, send };
}

const BOM = '\uFEFF';

describe('delivery, the second argument of every handler and hook', () => {
  it('carries each of Zoom’s headers, the signed timestamp and the exact bytes, to `on` and `onEvent`', async () => {
    const { calls } = await serve();
    const signed = zoomHeaders(genuineBody);
    const answer = await sendOverHttp(`${running!.url}/zoom`, {
      body: genuineBody,
      headers: { ...signed, ...ZOOM_HEADERS },
    });
    expect(answer.status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(['on', 'onEvent']);
    const delivery = calls[0]!.delivery!;
    expect(calls[1]!.delivery).toBe(delivery);
    expect(delivery.requestId).toBe(ZOOM_HEADERS['x-zm-request-id']);
    expect(delivery.trackingId).toBe(ZOOM_HEADERS['x-zm-trackingid']);
    expect(delivery.traceparent).toBe(ZOOM_HEADERS.traceparent);
    expect(delivery.timestamp).toBe(Number(signed['x-zm-request-timestamp']));
    expect(delivery.headers).toMatchObject({ ...ZOOM_HEADERS, 'x-zm-signature': signed['x-zm-signature'] });
    expect(Object.isFrozen(delivery.headers)).toBe(true);
    expect(Buffer.from(delivery.body).equals(Buffer.from(genuineBody))).toBe(true);
  });

  it('leaves the identifiers undefined when Zoom did not send them', async () => {
    const { calls, send } = await serve();
    expect((await send(genuineBody)).status).toBe(200);
    const delivery = calls[0]!.delivery!;
    expect([delivery.requestId, delivery.trackingId, delivery.traceparent]).toEqual([undefined, undefined, undefined]);
  });

  it('acknowledges a signed body that is not JSON (nor UTF-8), and hands onInvalidEvent its bytes', async () => {
    const { calls, send } = await serve();
    const bytes = Uint8Array.of(0x7b, 0xff, 0xfe, 0x22, 0x7d); // "{" then invalid UTF-8
    const answer = await send(bytes, ZOOM_HEADERS);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ received: true, warning: 'invalid_json' });
    expect(calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
    expect(calls[0]!.event).toBeUndefined();
    expect(calls[0]!.error).toMatchObject({
      code: 'invalid_json',
      issues: [{ message: 'the body is not valid UTF-8' }],
    });
    expect(calls[0]!.delivery!.body).toEqual(bytes);
    expect(calls[0]!.delivery!.requestId).toBe(ZOOM_HEADERS['x-zm-request-id']);
  });
});

describe('byte order marks: one parse, the same outcome as safeParseEvent on every path', () => {
  const twice = (body: string) => `${BOM}${BOM}${body}`;

  it.each([
    ['a valid event', genuineBody, ['on', 'onEvent']],
    ['an unknown event', unknownBody, ['onUnknownEvent']],
    ['an off-spec event', offSpecBody, ['onInvalidEvent']],
  ] as const)('%s behind two BOMs reaches the same hooks as without them', async (_name, body, hooks) => {
    const { calls, send } = await serve();
    expect((await send(twice(body))).status).toBe(200);
    expect(calls.map((call) => call.hook)).toEqual(hooks);
    expect(calls[0]!.event).toEqual(JSON.parse(body));
    expect(safeParseEvent(Buffer.from(twice(body))).error?.code).toBe(safeParseEvent(body).error?.code);
  });

  it('answers URL validation behind two BOMs, and three BOMs are invalid_json as safeParseEvent says', async () => {
    const { calls, send } = await serve();
    const answer = await send(twice(urlValidationBody));
    expect(JSON.parse(answer.text)).toEqual({
      plainToken: PLAIN_TOKEN,
      encryptedToken: encryptToken(CURRENT_SECRET, PLAIN_TOKEN),
    });
    const thrice = `${BOM}${twice(genuineBody)}`;
    expect(safeParseEvent(Buffer.from(thrice)).error?.code).toBe('invalid_json');
    expect(JSON.parse((await send(thrice)).text)).toEqual({ received: true, warning: 'invalid_json' });
    expect(calls.map((call) => call.hook)).toEqual(['onInvalidEvent']);
  });
});
