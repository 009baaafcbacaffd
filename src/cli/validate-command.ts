import { safeParseEvent } from '../parse/safe-parse-event.js';
import type { CliIo } from './cli-io.js';
import { formatResultJson, formatResultText } from './format-result.js';
import { splitDeliveries } from './split-deliveries.js';
import { UsageError } from './usage-error.js';

export interface ValidateOptions {
  readonly strict: boolean;
  readonly json: boolean;
}

const STDIN = '-';

/**
 * Validates every delivery in `sources` (files, or "-" for standard input) and prints each result.
 * Returns the exit code: 0 all valid, 1 some invalid, 2 some source could not be read (the rest are
 * still validated and printed).
 */
export async function validateCommand(sources: readonly string[], options: ValidateOptions, io: CliIo): Promise<number> {
  if (sources.length === 0) throw new UsageError('validate needs at least one FILE, or "-" for standard input');
  if (sources.filter((source) => source === STDIN).length > 1) throw new UsageError('"-" (standard input) can be given only once');
  const format = options.json ? formatResultJson : formatResultText;
  let valid = 0;
  let invalid = 0;
  let unreadable = 0;
  for (const source of sources) {
    let bytes: Uint8Array;
    try {
      bytes = source === STDIN ? await io.readStdin() : await io.readFile(source);
    } catch (error) {
      unreadable++;
      io.err(`zoom-cc-webhooks: cannot read ${source}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    for (const delivery of splitDeliveries(bytes, source)) {
      const result = safeParseEvent(delivery.body, { strict: options.strict });
      if (result.success) valid++;
      else invalid++;
      io.out(format(delivery, result));
    }
  }
  if (!options.json) {
    const total = valid + invalid;
    io.out(`${total} ${total === 1 ? 'delivery' : 'deliveries'}: ${valid} valid, ${invalid} invalid${unreadable > 0 ? `, ${unreadable} unreadable ${unreadable === 1 ? 'source' : 'sources'}` : ''}\n`);
  }
  return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
}
