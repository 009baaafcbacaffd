// Deduplicating Zoom's retries. A retry carries the same x-zm-request-id and a byte-identical body, so a
// delivery is claimed under that key before its handlers run: the first attempt claims it, a later one
// finds it claimed. A handler failure releases the claim, so the retry Zoom then sends runs.
import type { Delivery } from './delivery.js';
import { toHex } from './hmac.js';

/**
 * What `claim` found: `claimed` (this attempt runs the handlers), `in_progress` (another attempt is
 * running them now) or `done` (another attempt ran them to the end).
 */
export type DeliveryClaim = 'claimed' | 'in_progress' | 'done';

/**
 * Where claims are kept: the in-memory store, or your own over Redis or a table. Each method may be async.
 * A Redis store is three commands: `claim` is `SET key in_progress NX EX ttl`, then `GET key` when that
 * fails; `complete` is `SET key done EX ttl`; `release` is `DEL key`.
 */
export interface DeliveryStore {
  /** Claims `key` if nobody holds it, atomically; says what it found. */
  claim(key: string): DeliveryClaim | Promise<DeliveryClaim>;
  /** The handlers finished: later attempts are duplicates, answered 200 without running them. */
  complete(key: string): void | Promise<void>;
  /** The handlers failed: forget the claim, so that Zoom's retry runs them again. */
  release(key: string): void | Promise<void>;
}

export interface MemoryDeliveryStoreOptions {
  /**
   * How long a claim is kept, in milliseconds, from the claim and again from its completion. Default two
   * hours: Zoom's last retry comes about 85 minutes after the first attempt.
   */
  readonly ttl?: number;
  /** How many claims are kept at most; past it the oldest is forgotten first. Default 10,000. */
  readonly maxEntries?: number;
  /** The clock, in milliseconds since the epoch, like `Date.now` (the default). For tests. */
  readonly now?: () => number;
}

const TWO_HOURS_MS = 2 * 60 * 60 * 1000;

/**
 * A DeliveryStore in this process's memory, bounded by `ttl` and `maxEntries`. It deduplicates retries
 * that reach the same process only: several instances behind a load balancer, or a restart, each start
 * with their own empty memory, so use a shared store (Redis, a table) there.
 */
export function createMemoryDeliveryStore(options: MemoryDeliveryStoreOptions = {}): DeliveryStore {
  const ttl = options.ttl ?? TWO_HOURS_MS;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  if (typeof ttl !== 'number' || !(ttl > 0)) {
    throw new TypeError(`ttl must be a number of milliseconds > 0, received ${String(ttl)}`);
  }
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError(`maxEntries must be a whole number >= 1, received ${String(maxEntries)}`);
  }
  // In insertion order, which is expiry order: every write is a delete and a set with a fresh expiry.
  const entries = new Map<string, { readonly state: 'in_progress' | 'done'; readonly expiresAt: number }>();

  const put = (key: string, state: 'in_progress' | 'done'): void => {
    entries.delete(key);
    entries.set(key, { state, expiresAt: now() + ttl });
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  };

  return {
    claim(key) {
      const time = now();
      for (const [oldest, entry] of entries) {
        if (entry.expiresAt > time) break;
        entries.delete(oldest);
      }
      const found = entries.get(key);
      if (found !== undefined) return found.state;
      put(key, 'in_progress');
      return 'claimed';
    },
    complete(key) {
      put(key, 'done');
    },
    release(key) {
      entries.delete(key);
    },
  };
}

/**
 * The key a delivery is claimed under: its request id, or, when Zoom sent none, the SHA-256 of the signed
 * body (a retry's body is byte-identical; its timestamp and signature are not, so they cannot be the key).
 */
export async function deliveryKey(delivery: Delivery): Promise<string> {
  if (delivery.requestId !== undefined && delivery.requestId.trim() !== '') return `request-id:${delivery.requestId}`;
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(delivery.body)));
  return `body-sha256:${toHex(digest)}`;
}
