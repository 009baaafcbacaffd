import { singleHeaderValue, type HeaderValue } from './single-header-value.js';

const SIGNATURE = /^v0=([0-9a-fA-F]{64})$/; // the prefix exactly as Zoom writes it, the hex in either case

/** The 32 HMAC bytes of an `x-zm-signature` value (`v0=<64 hex digits>`), or why there are none. A repeat is malformed. */
export function readSignatureHeader(value: HeaderValue): Uint8Array<ArrayBuffer> | 'missing' | 'malformed' {
  const text = singleHeaderValue(value);
  if (text === 'missing' || text === 'malformed') return text;
  const hex = SIGNATURE.exec(text)?.[1]; // a repeat joined with ", " fails here too
  if (hex === undefined) return 'malformed';
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
