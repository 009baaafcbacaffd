import { eventSchemas } from '../schemas.js';
import type { CliIo } from './cli-io.js';
import { resolveEventName } from './resolve-event-name.js';

/** Prints the JSON Schema of one event, as the ./schemas entry exports it. */
export function schemaCommand(argument: string | undefined, io: CliIo): number {
  io.out(`${JSON.stringify(eventSchemas[resolveEventName(argument)], null, 2)}\n`);
  return 0;
}
