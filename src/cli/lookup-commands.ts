// The commands that print what the package knows of the document: its events, their schemas, examples.
import { eventNames } from '../../generated/event-names.js';
import { examples, minimalExamples } from '../../generated/examples.js';
import { eventSchemas } from '../schemas.js';
import type { CliIo } from './cli-io.js';
import { resolveEventName } from './resolve-event-name.js';

/** Prints every event name, one per line, in the document's order. */
export async function eventsCommand(io: CliIo): Promise<number> {
  await io.out(`${eventNames.join('\n')}\n`);
  return 0;
}

/** Prints the JSON Schema of one event, as the ./schemas entry exports it. */
export async function schemaCommand(argument: string | undefined, io: CliIo): Promise<number> {
  await io.out(`${JSON.stringify(eventSchemas[resolveEventName(argument)], null, 2)}\n`);
  return 0;
}

/** Prints a valid example delivery of one event: every field, or (minimal) only the required ones. */
export async function exampleCommand(argument: string | undefined, minimal: boolean, io: CliIo): Promise<number> {
  const name = resolveEventName(argument);
  await io.out(`${JSON.stringify((minimal ? minimalExamples : examples)[name], null, 2)}\n`);
  return 0;
}
