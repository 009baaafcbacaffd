// Signatures made the way Zoom makes them, with node:crypto: independent of the library under test.
import { createHmac } from 'node:crypto';

/** The secret the test handlers use now, and the one being rotated out (both accepted). */
export const CURRENT_SECRET = 'current-secret-token-6bQk2Tz9';
export const PREVIOUS_SECRET = 'previous-secret-token-W8xv3Lr1';
/** A secret the test handlers do not know: what a forger would sign with. */
export const FORGER_SECRET = 'forger-secret-token-nOpe0000';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** `v0=<hex HMAC-SHA256 of "v0:{timestamp}:{body}">`, as Zoom sends in x-zm-signature. */
export function zoomSignature(secret: string, timestamp: string | number, body: string | Uint8Array): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/** The URL validation answer Zoom expects: hex HMAC-SHA256 of the plain token. */
export function encryptToken(secret: string, plainToken: string): string {
  return createHmac('sha256', secret).update(plainToken).digest('hex');
}

export interface SignOptions {
  readonly secret?: string;
  readonly timestamp?: string | number;
}

/** The headers of a genuine Zoom delivery of `body`. */
export function zoomHeaders(body: string | Uint8Array, options: SignOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? nowSeconds();
  return {
    'content-type': 'application/json',
    'x-zm-request-timestamp': String(timestamp),
    'x-zm-signature': zoomSignature(options.secret ?? CURRENT_SECRET, timestamp, body),
  };
}

/** A Fetch Request delivering `body` as Zoom would, signed now unless told otherwise. */
export function zoomRequest(body: string, options: SignOptions & { readonly headers?: Record<string, string> } = {}) {
  const headers = { ...zoomHeaders(body, options), ...options.headers };
  return new Request('https://hooks.example.com/zoom', { method: 'POST', headers, body });
}
