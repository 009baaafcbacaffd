import {
  createWebhookHandler,
  type Delivery,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from '../../../src/index.ts';
import { CURRENT_SECRET, PREVIOUS_SECRET } from './zoom-signature.ts';
import { THROWING_EVENT } from './deliveries.ts';

/** One call the handler made into the application. */
export interface Call {
  readonly hook: 'on' | 'onEvent' | 'onUnknownEvent' | 'onInvalidEvent' | 'onError';
  readonly event: unknown;
  readonly error?: unknown;
  /** The second argument every handler and hook receives (undefined for onError before verification). */
  readonly delivery: Delivery | undefined;
}

/**
 * A webhook handler as an application would write one, rotating its secret ([current, previous]), that
 * records every call into the application, in order. The `on` handler for THROWING_EVENT throws.
 */
export function recordingHandler(overrides: Partial<WebhookHandlerOptions> = {}): {
  handler: WebhookHandler;
  calls: Call[];
} {
  const calls: Call[] = [];
  const handler = createWebhookHandler({
    secret: [CURRENT_SECRET, PREVIOUS_SECRET],
    on: {
      'contact_center.task_created': (event, delivery) => {
        calls.push({ hook: 'on', event, delivery });
      },
      [THROWING_EVENT]: async () => {
        throw new Error('the database is down');
      },
    },
    onEvent: (event, delivery) => {
      calls.push({ hook: 'onEvent', event, delivery });
    },
    onUnknownEvent: (event, delivery) => {
      calls.push({ hook: 'onUnknownEvent', event, delivery });
    },
    onInvalidEvent: (event, error, delivery) => {
      calls.push({ hook: 'onInvalidEvent', event, error, delivery });
    },
    onError: (error, event, delivery) => {
      calls.push({ hook: 'onError', event, error, delivery });
    },
    ...overrides,
  });
  return { handler, calls };
}
