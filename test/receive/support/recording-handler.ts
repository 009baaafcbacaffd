import { createWebhookHandler, type WebhookHandler, type WebhookHandlerOptions } from '../../../src/index.ts';
import { CURRENT_SECRET, PREVIOUS_SECRET } from './zoom-signature.ts';
import { THROWING_EVENT } from './deliveries.ts';

/** One call the handler made into the application. */
export interface Call {
  readonly hook: 'on' | 'onEvent' | 'onUnknownEvent' | 'onInvalidEvent' | 'onError';
  readonly event: unknown;
  readonly error?: unknown;
}

/**
 * A webhook handler as an application would write one, rotating its secret ([current, previous]), that
 * records every call into the application, in order. The `on` handler for THROWING_EVENT throws.
 */
export function recordingHandler(overrides: Partial<WebhookHandlerOptions> = {}): { handler: WebhookHandler; calls: Call[] } {
  const calls: Call[] = [];
  const handler = createWebhookHandler({
    secret: [CURRENT_SECRET, PREVIOUS_SECRET],
    on: {
      'contact_center.task_created': (event) => {
        calls.push({ hook: 'on', event });
      },
      [THROWING_EVENT]: async () => {
        throw new Error('the database is down');
      },
    },
    onEvent: (event) => {
      calls.push({ hook: 'onEvent', event });
    },
    onUnknownEvent: (event) => {
      calls.push({ hook: 'onUnknownEvent', event });
    },
    onInvalidEvent: (event, error) => {
      calls.push({ hook: 'onInvalidEvent', event, error });
    },
    onError: (error, event) => {
      calls.push({ hook: 'onError', event, error });
    },
    ...overrides,
  });
  return { handler, calls };
}
