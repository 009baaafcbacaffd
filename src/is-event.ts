import type { EventName, EventOf } from '../generated/types.js';
import { validatorsOf } from '../generated/validator-table.js';
import { matches } from './kernel/index.js';
import type { ParseOptions } from './validation/validate-event.js';

/**
 * True when `value` is a fully valid event named `name`; narrows `value` to that event's type.
 * Same policy as parseEvent: unknown fields allowed unless `{ strict: true }`. Never throws.
 */
export function isEvent<N extends EventName>(value: unknown, name: N, options?: ParseOptions): value is EventOf<N> {
  const validators = typeof name === 'string' ? validatorsOf(name) : undefined;
  if (validators === undefined) return false;
  const [check, report] = validators;
  // Strictly, a walk of the fields settles it, or where it cannot tell, the first error the report pass
  // finds: collecting stops there (maxErrors 0, truncated at one).
  const firstError = { maxErrors: 0, unknownFields: true };
  const strictly = (data: unknown): boolean =>
    check(data) && (report.onlyKnownFields(data) || !report.collect(data, firstError).truncated);
  return matches(value, options?.strict === true ? strictly : check);
}
