import { WebhookEventError } from '../errors/webhook-event-error.js';
import { validateEvent, eventNameOf, type ParseOptions } from '../validation/validate-event.js';
import { validatorsOf } from '../../generated/validator-table.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import { quoteText } from '../kernel/index.js';
import { readInput } from './read-input.js';

/**
 * Parses and validates a Zoom Contact Center webhook delivery: the raw body (string or bytes) or an
 * already-parsed value. Returns the typed event; throws WebhookEventError saying what is wrong, and where.
 * The result equals the input (nothing is coerced or stripped) and never shares objects with it.
 */
export function parseEvent(input: unknown, options?: ParseOptions): ContactCenterEvent {
  const data = readInput(input);
  const name = eventNameOf(data);
  const validators = validatorsOf(name);
  if (validators === undefined) {
    throw new WebhookEventError(
      'unknown_event',
      [
        {
          path: '/event',
          keyword: 'enum',
          message: `${quoteText(name, 100)} is not an event of the Zoom Contact Center document`,
        },
      ],
      name,
    );
  }
  validateEvent(data, name, validators, options);
  return data as ContactCenterEvent;
}
