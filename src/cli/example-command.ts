import { examples, minimalExamples } from '../../generated/examples.js';
import type { CliIo } from './cli-io.js';
import { resolveEventName } from './resolve-event-name.js';

/** Prints a valid example delivery of one event: every field, or (minimal) only the required ones. */
export function exampleCommand(argument: string | undefined, minimal: boolean, io: CliIo): number {
  const name = resolveEventName(argument);
  io.out(`${JSON.stringify((minimal ? minimalExamples : examples)[name], null, 2)}\n`);
  return 0;
}
