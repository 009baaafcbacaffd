import { oneof, type Arbitrary } from 'fast-check';
import { eventNames } from '../../generated/event-names.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import { eventArbitrary, type EventArbitraryOptions } from './event-arbitrary.js';

/** Valid events of any name, each event as likely as another; see eventArbitrary. */
export function anyEventArbitrary(options: EventArbitraryOptions = {}): Arbitrary<ContactCenterEvent> {
  return oneof(...eventNames.map((name) => eventArbitrary(name, options))) as Arbitrary<ContactCenterEvent>;
}
