// Types are checked by `npm run typecheck` (tsc -p .); this file also runs, so the handlers are real.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createWebhookHandler,
  type ContactCenterEvent,
  type Delivery,
  type QueueCreatedEvent,
  type TaskCreatedEvent,
  type UnvalidatedEvent,
  type WebhookEventError,
  type WebhookHandler,
} from '../../src/index.ts';
import { toNodeListener, type NodeListener } from '../../src/node.ts';
import { CURRENT_SECRET, zoomHeaders } from './support/zoom-signature.ts';
import { genuineBody } from './support/deliveries.ts';

describe('createWebhookHandler types', () => {
  it('types each `on` handler for its own event, and the other hooks', async () => {
    const seen: string[] = [];
    const handler = createWebhookHandler({
      secret: CURRENT_SECRET,
      on: {
        'contact_center.task_created': (event, delivery) => {
          expectTypeOf(event).toEqualTypeOf<TaskCreatedEvent>();
          expectTypeOf(delivery.timestamp).toEqualTypeOf<number>();
          seen.push(event.payload.object.task_id);
        },
        'contact_center.queue_created': async (event) => {
          expectTypeOf(event).toEqualTypeOf<QueueCreatedEvent>();
        },
        // @ts-expect-error: not an event of the document
        'contact_center.no_such_event': () => {},
      },
      onEvent: (event, delivery) => {
        expectTypeOf(event).toEqualTypeOf<ContactCenterEvent>();
        expectTypeOf(delivery).toEqualTypeOf<Delivery>();
      },
      onUnknownEvent: (event, delivery) => {
        expectTypeOf(event).toEqualTypeOf<UnvalidatedEvent>();
        expectTypeOf(delivery.body).toEqualTypeOf<Uint8Array>();
      },
      // `event` is unknown: undefined for invalid_json, any JSON for invalid_envelope.
      onInvalidEvent: (event, error, delivery) => {
        expectTypeOf(event).toEqualTypeOf<unknown>();
        expectTypeOf(error).toEqualTypeOf<WebhookEventError>();
        expectTypeOf(delivery.requestId).toEqualTypeOf<string | undefined>();
      },
      onDuplicate: (_delivery, claim) => expectTypeOf(claim).toEqualTypeOf<'in_progress' | 'done'>(),
      onError: (_error, event, delivery) => {
        expectTypeOf(event).toEqualTypeOf<unknown>();
        expectTypeOf(delivery).toEqualTypeOf<Delivery | undefined>();
      },
    });
    expectTypeOf(handler).toEqualTypeOf<WebhookHandler>();
    expectTypeOf(handler)
      .parameter(1)
      .toEqualTypeOf<{ readonly waitUntil?: (promise: Promise<unknown>) => void } | undefined>();
    expectTypeOf(toNodeListener(handler)).toEqualTypeOf<NodeListener>();
    const response = await handler(
      new Request('http://localhost/zoom', { method: 'POST', headers: zoomHeaders(genuineBody), body: genuineBody }),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([JSON.parse(genuineBody).payload.object.task_id]);
  });
});
