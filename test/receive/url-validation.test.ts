import { describe, expect, it } from 'vitest';
import {
  createUrlValidationResponse,
  isUrlValidationEvent,
  parseEvent,
  type UrlValidationEvent,
} from '../../src/index.ts';
import { PLAIN_TOKEN, urlValidationBody } from './support/deliveries.ts';
import { CURRENT_SECRET, encryptToken } from './support/zoom-signature.ts';

describe('createUrlValidationResponse', () => {
  it('answers with the token and its hex HMAC-SHA256 under the secret', async () => {
    expect(await createUrlValidationResponse({ plainToken: PLAIN_TOKEN, secret: CURRENT_SECRET })).toEqual({
      plainToken: PLAIN_TOKEN,
      encryptedToken: encryptToken(CURRENT_SECRET, PLAIN_TOKEN),
    });
    const unicode = 'jeton-é-✓';
    expect((await createUrlValidationResponse({ plainToken: unicode, secret: 'clé' })).encryptedToken).toBe(
      encryptToken('clé', unicode),
    );
  });

  it('refuses an empty or missing secret or token with a TypeError', async () => {
    await expect(createUrlValidationResponse({ plainToken: PLAIN_TOKEN, secret: '' })).rejects.toThrow(TypeError);
    await expect(
      createUrlValidationResponse({ plainToken: PLAIN_TOKEN, secret: [CURRENT_SECRET] as unknown as string }),
    ).rejects.toThrow(/a list/);
    await expect(createUrlValidationResponse({ plainToken: '', secret: CURRENT_SECRET })).rejects.toThrow(/plainToken/);
    await expect(
      createUrlValidationResponse({ plainToken: undefined as unknown as string, secret: CURRENT_SECRET }),
    ).rejects.toThrow(/plainToken/);
  });
});

describe('isUrlValidationEvent', () => {
  it('recognises the challenge as Zoom sends it, and narrows to UrlValidationEvent', () => {
    const value: unknown = JSON.parse(urlValidationBody);
    expect(isUrlValidationEvent(value)).toBe(true);
    if (isUrlValidationEvent(value)) {
      const token: string = value.payload.plainToken;
      expect(token).toBe(PLAIN_TOKEN);
    }
  });

  it('refuses anything else, without throwing', () => {
    const good = JSON.parse(urlValidationBody) as UrlValidationEvent;
    const bad: unknown[] = [
      null,
      'endpoint.url_validation',
      [],
      { ...good, event: 'contact_center.task_created' },
      { ...good, event_ts: '1654503849680' },
      { ...good, event_ts: Number.NaN },
      { ...good, payload: null },
      { ...good, payload: {} },
      { ...good, payload: { plainToken: '' } },
      { ...good, payload: { plainToken: 42 } },
    ];
    for (const value of bad) expect(isUrlValidationEvent(value)).toBe(false);
  });

  it('is an event the Contact Center parser does not know (so the handler answers it itself)', () => {
    expect(() => parseEvent(urlValidationBody)).toThrow(/Unknown Zoom Contact Center event/);
  });
});
