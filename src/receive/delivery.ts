// What the application learns of a verified delivery besides its event: Zoom's identifiers, the trace
// context, the signed timestamp, every header and the exact bytes (to dead-letter and replay them).

/** A verified delivery, as every handler and hook of `createWebhookHandler` receives it. */
export interface Delivery {
  /** `x-zm-request-id`: the same on every retry of one delivery, the key to deduplicate on. */
  readonly requestId: string | undefined;
  /** `x-zm-trackingid` (`v=2.0;clid=us02;rid=WEB_<hex>`): quote it when asking Zoom about a delivery. */
  readonly trackingId: string | undefined;
  /** `traceparent`: the W3C trace context, when Zoom sends one. */
  readonly traceparent: string | undefined;
  /** `x-zm-request-timestamp`, in seconds since the epoch: when Zoom signed this attempt (a retry is re-signed). */
  readonly timestamp: number;
  /** Every request header, names in lower case (a repeated header joined with ", ", as Fetch does). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as received, the bytes the signature covers. */
  readonly body: Uint8Array;
}

/** The Delivery of a request whose signature (dated `timestamp`) covers `body`. */
export function readDelivery(headers: Headers, timestamp: number, body: Uint8Array): Delivery {
  const all: Record<string, string> = {};
  headers.forEach((value, name) => {
    all[name] = value;
  });
  return Object.freeze({
    requestId: headers.get('x-zm-request-id') ?? undefined,
    trackingId: headers.get('x-zm-trackingid') ?? undefined,
    traceparent: headers.get('traceparent') ?? undefined,
    timestamp,
    headers: Object.freeze(all),
    body,
  });
}
