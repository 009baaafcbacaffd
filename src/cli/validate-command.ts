import { WebhookEventError } from '../errors/webhook-event-error.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import { escapeControls, printableText } from '../kernel/index.js';
import { safeParseEvent, type SafeParseResult } from '../parse/safe-parse-event.js';
import type { CliIo } from './cli-io.js';
import { formatResultJson, formatResultText } from './format-result.js';
import { Progress } from './progress.js';
import { DeliverySplitter, MAX_DELIVERY_BYTES, type Delivery } from './split-deliveries.js';
import { UsageError } from './usage-error.js';

export interface ValidateOptions {
  readonly strict: boolean;
  readonly json: boolean;
  /** Print only the failures (and, in text, the summary). */
  readonly quiet: boolean;
}

const STDIN = '-';

function judge(delivery: Delivery, strict: boolean): SafeParseResult<ContactCenterEvent> {
  if (delivery.tooLarge === undefined) return safeParseEvent(delivery.body, { strict });
  const message = `the delivery is ${delivery.tooLarge} bytes, over the ${MAX_DELIVERY_BYTES} bytes this command reads at once`;
  return { success: false, error: new WebhookEventError('invalid_json', [{ path: '', keyword: 'json', message }]) };
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * Validates every delivery in `sources` (files, or "-" for standard input) and prints each result, reading
 * each source as a stream. Returns the exit code: 0 all valid, 1 some invalid, 2 some source could not be
 * read (the rest are still validated and printed).
 */
export async function validateCommand(
  sources: readonly string[],
  options: ValidateOptions,
  io: CliIo,
): Promise<number> {
  if (sources.length === 0) throw new UsageError('validate needs at least one FILE, or "-" for standard input');
  if (sources.filter((source) => source === STDIN).length > 1)
    throw new UsageError('"-" (standard input) can be given only once');
  const format = options.json ? formatResultJson : formatResultText;
  const progress = new Progress(io);
  let valid = 0;
  let invalid = 0;
  let unreadable = 0;

  const report = async (deliveries: readonly Delivery[]): Promise<void> => {
    for (const delivery of deliveries) {
      const result = judge(delivery, options.strict);
      if (result.success) valid++;
      else invalid++;
      if (result.success && options.quiet) continue;
      progress.clear();
      await io.out(format(delivery, result));
    }
  };

  for (const source of sources) {
    const splitter = new DeliverySplitter(source);
    const size = source === STDIN ? undefined : await io.sizeOf(source);
    let bytesRead = 0;
    try {
      for await (const chunk of source === STDIN ? io.readStdin() : io.readFile(source)) {
        bytesRead += chunk.length;
        await report(splitter.push(chunk));
        progress.update(source, bytesRead, size, valid + invalid);
      }
    } catch (error) {
      unreadable++;
      progress.clear();
      io.err(
        `zoom-cc-webhooks: cannot read ${printableText(source)}: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`,
      );
      continue;
    }
    await report(splitter.end());
  }
  progress.clear();
  if (!options.json) {
    const sourcesLine = unreadable > 0 ? `, ${plural(unreadable, 'unreadable source', 'unreadable sources')}` : '';
    await io.out(
      `${plural(valid + invalid, 'delivery', 'deliveries')}: ${valid} valid, ${invalid} invalid${sourcesLine}\n`,
    );
  }
  return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
}
