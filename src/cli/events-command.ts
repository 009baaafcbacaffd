import { eventNames } from '../../generated/event-names.js';
import type { CliIo } from './cli-io.js';

/** Prints every event name, one per line, in the document's order. */
export function eventsCommand(io: CliIo): number {
  io.out(`${eventNames.join('\n')}\n`);
  return 0;
}
