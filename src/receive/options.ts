// The options verification shares, each checked once with a TypeError that says what was expected.
import { isArrayBuffer } from '../parse/read-input.js';

const encoder = new TextEncoder();

/** Five minutes either way: the replay window Stripe and Standard Webhooks use. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * 1 MiB: the largest body the webhook handler and the Node adapter read by default. Zoom's deliveries are
 * a few kilobytes; the bound is what keeps an unsigned stream from filling memory.
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * `secret` as a non-empty list of non-empty strings; throws TypeError otherwise. Refusing an empty secret
 * is failing closed: an HMAC keyed with "" is computable by anyone, so a forgotten environment variable
 * would let every forged request through.
 */
export function readSecrets(secret: unknown, name = 'secret'): string[] {
  const secrets =
    typeof secret === 'string' ? [secret] : Array.isArray(secret) ? [...(secret as unknown[])] : undefined;
  if (secrets === undefined) {
    const received = secret === null ? 'null' : typeof secret;
    throw new TypeError(`${name} must be your app's secret token (a string) or a list of them, received ${received}`);
  }
  if (secrets.length === 0) {
    throw new TypeError(`${name} is an empty list: give at least one secret token, or every delivery would be refused`);
  }
  secrets.forEach((item, index) => {
    const where = typeof secret === 'string' ? name : `${name}[${index}]`;
    if (typeof item !== 'string') {
      throw new TypeError(`${where} must be a string, received ${item === null ? 'null' : typeof item}`);
    }
    if (item === '') {
      throw new TypeError(
        `${where} is empty (is the environment variable set?); ` +
          'refusing to verify with an empty key, which anyone could sign with',
      );
    }
  });
  return secrets as string[];
}

/** A count option checked: a number >= 0 (Infinity allowed: no bound), or `fallback` when undefined. */
function readBound(value: unknown, name: string, unit: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new TypeError(
      `${name} must be a number of ${unit} >= 0, received ${typeof value === 'number' ? value : typeof value}`,
    );
  }
  return value;
}

/** `toleranceSeconds` checked: a number >= 0 (Infinity turns the replay check off), default 300. */
export const readToleranceSeconds = (value: unknown): number =>
  readBound(value, 'toleranceSeconds', 'seconds', DEFAULT_TOLERANCE_SECONDS);

/** `maxBodyBytes` checked: a number >= 0, default 1 MiB. */
export const readMaxBodyBytes = (value: unknown): number =>
  readBound(value, 'maxBodyBytes', 'bytes', DEFAULT_MAX_BODY_BYTES);

/**
 * A fresh copy of the raw body as bytes (a string is encoded as UTF-8); throws TypeError for anything else.
 * The signature covers the exact bytes Zoom sent, so only the raw body will do: a parsed body cannot be
 * turned back into those bytes (JSON.stringify(req.body) changes whitespace, key order and escapes).
 */
export function rawBodyBytes(rawBody: unknown): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  // isView and the brand test, not instanceof: bytes from another realm (a VM context, a worker) count too.
  if (ArrayBuffer.isView(rawBody)) {
    return new Uint8Array(new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength));
  }
  if (isArrayBuffer(rawBody)) {
    return new Uint8Array(rawBody.slice(0));
  }
  const forms = 'a string, Uint8Array/Buffer or ArrayBuffer';
  if (rawBody === undefined || rawBody === null) {
    throw new TypeError(`rawBody is ${String(rawBody)}: pass the request body exactly as received (${forms})`);
  }
  throw new TypeError(
    `rawBody must be the request body exactly as received (${forms}), not a parsed ${typeof rawBody}: ` +
      'the signature covers the exact bytes Zoom sent, and re-serialising a parsed body (JSON.stringify(req.body)) ' +
      'changes whitespace, key order or escapes, so genuine deliveries would fail. In Express, mount the route ' +
      "before express.json() or use express.raw({ type: 'application/json' }).",
  );
}
