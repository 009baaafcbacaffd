import { singleHeaderValue, type HeaderValue } from './single-header-value.js';

/** A readable `x-zm-request-timestamp`: the text that was signed, and its value in seconds. */
export interface RequestTimestamp {
  readonly text: string;
  readonly seconds: number;
}

/**
 * The `x-zm-request-timestamp` value (whole seconds since the epoch, a string of digits or a number), or why
 * there is none. Anything else, negative, fractional or repeated, is malformed (as Stripe and Standard
 * Webhooks classify an unreadable timestamp), not stale: it is not an old delivery, it is not a delivery.
 */
export function readTimestampHeader(value: HeaderValue | number): RequestTimestamp | 'missing' | 'malformed' {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? { text: String(value), seconds: value } : 'malformed';
  }
  const text = singleHeaderValue(value);
  if (text === 'missing' || text === 'malformed') return text;
  if (!/^\d+$/.test(text)) return 'malformed'; // a repeat joined with ", " fails here too
  // The text is signed as sent; a value too long to be exact is far in the future and fails the window.
  return { text, seconds: Number(text) };
}
