import { hmacHex, importHmacKey } from './hmac.js';
import { readSecrets } from './options.js';

export interface CreateUrlValidationResponseOptions {
  /** `payload.plainToken` of the `endpoint.url_validation` event. */
  readonly plainToken: string;
  /** The app's secret token (the one Zoom signed the challenge with). */
  readonly secret: string;
}

/** The JSON body Zoom expects in answer to `endpoint.url_validation`, with status 200, within 3 seconds. */
export interface UrlValidationResponse {
  readonly plainToken: string;
  /** hex(HMAC-SHA256(secret, plainToken)), lowercase. */
  readonly encryptedToken: string;
}

/**
 * Answers Zoom's URL validation challenge: `{ plainToken, encryptedToken }`. Verify the request's
 * signature first (Zoom signs the challenge like any delivery). Throws TypeError for an empty secret or token.
 */
export async function createUrlValidationResponse(
  options: CreateUrlValidationResponseOptions,
): Promise<UrlValidationResponse> {
  const { plainToken, secret } = options;
  if (typeof secret !== 'string')
    throw new TypeError(
      `secret must be the one secret token Zoom uses now (a string), received ${
        Array.isArray(secret) ? 'a list' : typeof secret
      }`,
    );
  readSecrets(secret);
  if (typeof plainToken !== 'string' || plainToken === '') {
    throw new TypeError(
      `plainToken must be the non-empty string from payload.plainToken, received ${
        plainToken === '' ? 'an empty string' : typeof plainToken
      }`,
    );
  }
  return { plainToken, encryptedToken: await hmacHex(await importHmacKey(secret), plainToken) };
}
