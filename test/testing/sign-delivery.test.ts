// Deliveries signed with Web Crypto, checked independently with node:crypto against Zoom's scheme:
// x-zm-signature = "v0=" + hex(HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")).
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/index.ts';
import { createEvent, createUrlValidationDelivery, signDelivery } from '../../src/testing.ts';

const SECRET = 'sN2wq0dHTX2lM8yYQc8tUg';
const hmacHex = (key: string, message: string): string =>
  createHmac('sha256', key).update(message, 'utf8').digest('hex');

describe('signDelivery', () => {
  it('serialises an event once and signs exactly the body it returns', async () => {
    const event = createEvent('contact_center.task_created');
    const delivery = await signDelivery({ secret: SECRET, body: event, timestamp: 1_739_698_036 });
    expect(delivery.body).toBe(JSON.stringify(event));
    expect(delivery.headers).toEqual({
      'content-type': 'application/json',
      'x-zm-request-timestamp': '1739698036',
      'x-zm-signature': `v0=${hmacHex(SECRET, `v0:1739698036:${delivery.body}`)}`,
    });
    expect(parseEvent(delivery.body, { strict: true })).toEqual(event);
  });

  it('uses a string body as-is, byte for byte (whitespace, key order, non-ASCII)', async () => {
    const body = '{ "event":"contact_center.task_created",\n"note":"caf\u00e9 \u2713" }';
    const delivery = await signDelivery({ secret: SECRET, body, timestamp: 1 });
    expect(delivery.body).toBe(body);
    expect(delivery.headers['x-zm-signature']).toBe(`v0=${hmacHex(SECRET, `v0:1:${body}`)}`);
  });

  it('matches a known answer computed with openssl', async () => {
    const delivery = await signDelivery({ secret: 'secret', body: '{}', timestamp: 1_700_000_000 });
    // printf 'v0:1700000000:{}' | openssl dgst -sha256 -hmac secret
    expect(delivery.headers['x-zm-signature']).toBe(
      'v0=84dd7b277ba946b3a34369b43499bfd9258b410b8894583f1288b1911aa6a6d6',
    );
  });

  it('defaults the timestamp to now, in seconds, and accepts a Date', async () => {
    const before = Math.floor(Date.now() / 1000);
    const now = await signDelivery({ secret: SECRET, body: '{}' });
    const after = Math.floor(Date.now() / 1000);
    expect(Number(now.headers['x-zm-request-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(Number(now.headers['x-zm-request-timestamp'])).toBeLessThanOrEqual(after);
    const dated = await signDelivery({ secret: SECRET, body: '{}', timestamp: new Date('2025-02-16T09:27:15.987Z') });
    expect(dated.headers['x-zm-request-timestamp']).toBe('1739698035');
  });

  it('a different secret, timestamp or body gives a different signature', async () => {
    const base = await signDelivery({ secret: SECRET, body: '{"a":1}', timestamp: 5 });
    for (const changed of [
      { secret: `${SECRET}x`, body: '{"a":1}', timestamp: 5 },
      { secret: SECRET, body: '{"a":2}', timestamp: 5 },
      { secret: SECRET, body: '{"a":1}', timestamp: 6 },
    ]) {
      expect((await signDelivery(changed)).headers['x-zm-signature']).not.toBe(base.headers['x-zm-signature']);
    }
  });

  it('refuses what it cannot sign, saying why', async () => {
    await expect(signDelivery({ secret: '', body: '{}' })).rejects.toThrow(
      new TypeError('secret must be a non-empty string'),
    );
    await expect(signDelivery({ secret: SECRET, body: undefined })).rejects.toThrow(
      /body must be a string or a JSON value, received undefined/,
    );
    await expect(signDelivery({ secret: SECRET, body: '{}', timestamp: 1_739_698_035_987.5 })).rejects.toThrow(
      /timestamp must be whole seconds/,
    );
    await expect(signDelivery({ secret: SECRET, body: '{}', timestamp: new Date('nope') })).rejects.toThrow(
      /timestamp must be whole seconds/,
    );
  });
});

describe('createUrlValidationDelivery', () => {
  it('signs an endpoint.url_validation event and gives the answer Zoom expects', async () => {
    const delivery = await createUrlValidationDelivery({
      secret: SECRET,
      plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
      timestamp: 1_654_503_849,
    });
    expect(delivery.body).toBe(
      '{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849000,"event":"endpoint.url_validation"}',
    );
    expect(delivery.headers['x-zm-signature']).toBe(`v0=${hmacHex(SECRET, `v0:1654503849:${delivery.body}`)}`);
    expect(delivery.expectedResponse).toEqual({
      plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
      encryptedToken: hmacHex(SECRET, 'qgg8vlvZRS6UYooatFL8Aw'),
    });
  });

  it('makes up a Zoom-like plain token when none is given, a new one each time', async () => {
    const first = await createUrlValidationDelivery({ secret: SECRET });
    const second = await createUrlValidationDelivery({ secret: SECRET });
    expect(first.plainToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.plainToken).not.toBe(second.plainToken);
    expect(JSON.parse(first.body)).toMatchObject({
      event: 'endpoint.url_validation',
      payload: { plainToken: first.plainToken },
    });
    expect(first.expectedResponse.encryptedToken).toBe(hmacHex(SECRET, first.plainToken));
  });
});
