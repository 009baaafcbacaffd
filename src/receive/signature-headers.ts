// The two headers that sign a delivery, read and judged before any of the body is: a request without
// them, with unreadable ones, or signed outside the time window is refused without reading a byte of it.

/**
 * A header as the caller has it: `request.headers.get(name)` (string or null), Node's `req.headers[name]`
 * (string, string[] or undefined), or for the timestamp a number.
 */
export type HeaderValue = string | readonly string[] | null | undefined;

/** Why a request is not a genuine, fresh delivery. */
export type SignatureFailureReason =
  /** `x-zm-signature` or `x-zm-request-timestamp` is absent or empty. */
  | 'missing_signature'
  /**
   * `x-zm-signature` is not `v0=<64 hex digits>`, the timestamp is not whole seconds >= 0, or either header
   * is repeated.
   */
  | 'malformed_signature'
  /** No secret produces this signature for this timestamp and body: forged, altered, or another secret's. */
  | 'signature_mismatch'
  /**
   * The timestamp is more than the tolerance away from now (past or future): a replay, or a wrong clock.
   * Judged from the header alone, before the body is read or the signature computed.
   */
  | 'stale_timestamp';

/** Readable, fresh signature headers: the MAC they claim, and the timestamp text that was signed with the body. */
export interface SignatureHeaders {
  /** The 32 bytes of `x-zm-signature`'s hex. */
  readonly mac: Uint8Array<ArrayBuffer>;
  /** `x-zm-request-timestamp` as sent: it is signed as text. */
  readonly timestampText: string;
  /** The same, in seconds since the epoch. */
  readonly timestamp: number;
}

export type SignatureHeadersResult =
  | { readonly valid: true; readonly headers: SignatureHeaders }
  | { readonly valid: false; readonly reason: Exclude<SignatureFailureReason, 'signature_mismatch'> };

export interface SignatureHeadersInput {
  readonly signature: HeaderValue;
  readonly timestamp: HeaderValue | number;
  readonly toleranceSeconds: number;
  readonly nowMs: number;
}

const SIGNATURE = /^v0=([0-9a-fA-F]{64})$/; // the prefix exactly as Zoom writes it, the hex in either case

/**
 * The one value of a header, trimmed, or why there is none. A list of several is 'malformed': Zoom sends
 * each header once, so two means something rewrote the request, and picking one would be a guess. (Fetch
 * `Headers` and Node join repeats with ", ", which each format check below refuses.)
 */
function singleHeaderValue(value: HeaderValue): string | 'missing' | 'malformed' {
  if (Array.isArray(value) && value.length > 1) return 'malformed';
  const text = (Array.isArray(value) ? value[0] : value) as unknown;
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) return 'missing';
  return typeof text === 'string' ? text.trim() : 'malformed';
}

function readMac(value: HeaderValue): Uint8Array<ArrayBuffer> | 'missing' | 'malformed' {
  const text = singleHeaderValue(value);
  if (text === 'missing' || text === 'malformed') return text;
  const hex = SIGNATURE.exec(text)?.[1];
  if (hex === undefined) return 'malformed';
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Whole seconds since the epoch, a string of digits or a number. Anything else, negative, fractional or
 * repeated, is malformed (as Stripe and Standard Webhooks classify an unreadable timestamp), not stale: it
 * is not an old delivery, it is not a delivery.
 */
function readTimestamp(value: HeaderValue | number): { text: string; seconds: number } | 'missing' | 'malformed' {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? { text: String(value), seconds: value } : 'malformed';
  }
  const text = singleHeaderValue(value);
  if (text === 'missing' || text === 'malformed') return text;
  if (!/^\d+$/.test(text)) return 'malformed';
  // The text is signed as sent; a value too long to be exact is far in the future and fails the window.
  return { text, seconds: Number(text) };
}

/** Checks that both signature headers are present, well-formed and within `toleranceSeconds` of now. */
export function readSignatureHeaders(input: SignatureHeadersInput): SignatureHeadersResult {
  const mac = readMac(input.signature);
  const timestamp = readTimestamp(input.timestamp);
  if (mac === 'missing' || timestamp === 'missing') return { valid: false, reason: 'missing_signature' };
  if (mac === 'malformed' || timestamp === 'malformed') return { valid: false, reason: 'malformed_signature' };
  if (!(Math.abs(input.nowMs / 1000 - timestamp.seconds) <= input.toleranceSeconds)) {
    return { valid: false, reason: 'stale_timestamp' };
  }
  return { valid: true, headers: { mac, timestampText: timestamp.text, timestamp: timestamp.seconds } };
}
