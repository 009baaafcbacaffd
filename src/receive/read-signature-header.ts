import type { HeaderValue } from './header-value.js';

const SIGNATURE = /^v0=([0-9a-fA-F]{64})$/; // the prefix exactly as Zoom writes it, the hex in either case

/**
 * The 32 HMAC bytes of an `x-zm-signature` value (`v0=<64 hex digits>`, either case), or why there are none.
 * A repeated header (a list, or values joined with ", " by Fetch `Headers` or Node) is malformed: Zoom
 * sends one, so two means something rewrote the request, and picking one would be a guess.
 */
export function readSignatureHeader(value: HeaderValue): Uint8Array<ArrayBuffer> | 'missing' | 'malformed' {
  if (Array.isArray(value) && value.length > 1) return 'malformed';
  const text = (Array.isArray(value) ? value[0] : value) as unknown;
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) return 'missing';
  if (typeof text !== 'string') return 'malformed';
  const hex = SIGNATURE.exec(text.trim())?.[1];
  if (hex === undefined) return 'malformed';
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
