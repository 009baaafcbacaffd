/**
 * `endpoint.url_validation`: Zoom's challenge, sent when an endpoint is saved and every few days after.
 * Not in the Contact Center document, yet every endpoint receives it. Answer it with
 * `createUrlValidationResponse` (createWebhookHandler does so itself).
 */
export interface UrlValidationEvent {
  event: 'endpoint.url_validation';
  /** When Zoom sent it, in milliseconds since the epoch. */
  event_ts: number;
  payload: {
    /** The token to echo back, with its HMAC. */
    plainToken: string;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` is an `endpoint.url_validation` event with a non-empty `payload.plainToken`. Never throws. */
export function isUrlValidationEvent(value: unknown): value is UrlValidationEvent {
  try {
    return (
      isRecord(value) &&
      value['event'] === 'endpoint.url_validation' &&
      typeof value['event_ts'] === 'number' &&
      Number.isFinite(value['event_ts']) &&
      isRecord(value['payload']) &&
      typeof value['payload']['plainToken'] === 'string' &&
      value['payload']['plainToken'] !== ''
    );
  } catch {
    return false; // a getter or a Proxy that throws, a revoked Proxy: not an event Zoom sent
  }
}
