import type { Arbitrary } from 'fast-check';
import { eventSchemas } from '../../generated/event-schemas.js';
import type { EventName, EventOf } from '../../generated/types.js';
import { schemaArbitrary, type SchemaArbitraryOptions } from './schema-arbitrary.js';

/** Options for eventArbitrary and anyEventArbitrary. */
export type EventArbitraryOptions = SchemaArbitraryOptions;

/**
 * Valid `name` events of every shape its schema allows: optional fields present or absent, every enum
 * member, any integer and string of the right type, date-times and e-mail addresses in every form the
 * package accepts (the empty string included), arrays of any length.
 */
export function eventArbitrary<N extends EventName>(
  name: N,
  options: EventArbitraryOptions = {},
): Arbitrary<EventOf<N>> {
  if (typeof name !== 'string' || !Object.hasOwn(eventSchemas, name)) {
    throw new TypeError(`${JSON.stringify(name)} is not an event of the Zoom Contact Center document`);
  }
  return schemaArbitrary(eventSchemas[name], '', options) as Arbitrary<EventOf<N>>;
}
