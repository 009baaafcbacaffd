import type { EventName, EventOf } from '../generated/types.js';
import { validatorTable } from '../generated/validator-table.js';
import { matches } from './validation/create-guard.js';
import type { ParseOptions } from './validation/validate-event.js';

/**
 * True when `value` is a fully valid event named `name`; narrows `value` to that event's type.
 * Same policy as parseEvent: unknown fields allowed unless `{ strict: true }`. Never throws.
 */
export function isEvent<N extends EventName>(value: unknown, name: N, options?: ParseOptions): value is EventOf<N> {
  if (typeof name !== 'string' || !Object.hasOwn(validatorTable, name)) return false;
  const [fast, full] = validatorTable[name]!;
  return matches(value, options?.strict === true ? full : fast);
}
