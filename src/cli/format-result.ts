// One delivery's result, as text for people or as a line of JSON for scripts. Everything the delivery
// brought (its event name, the paths of its issues) is printed through printableText/quoteText, so a
// hostile name cannot move the cursor, clear the screen or forge a "valid" line.
import type { ContactCenterEvent } from '../../generated/types.js';
import { printableText } from '../kernel/index.js';
import type { SafeParseResult } from '../parse/safe-parse-event.js';
import type { Delivery } from './split-deliveries.js';
import { suggestEventNames } from './suggest-event-names.js';

/** Event names longer than this are cut in the text output (the JSON output keeps them whole). */
const MAX_NAME = 100;

const where = (delivery: Delivery): string => {
  const source = printableText(delivery.source);
  return delivery.line === undefined ? source : `${source}:${delivery.line}`;
};

/** One delivery's result as text: a headline, then one indented line per issue. */
export function formatResultText(delivery: Delivery, result: SafeParseResult<ContactCenterEvent>): string {
  if (result.success) return `${where(delivery)}: valid ${result.data.event}\n`;
  const { code, event, issues, truncated } = result.error;
  const lines = [
    `${where(delivery)}: invalid ${event === undefined ? '' : `${printableText(event, MAX_NAME)} `}(${code})`,
  ];
  for (const issue of issues) lines.push(`  ${printableText(issue.path) || '(root)'}: ${issue.message}`);
  if (truncated) lines.push(`  ... more issues (only the first ${issues.length} are kept)`);
  if (code === 'unknown_event' && event !== undefined) {
    const similar = suggestEventNames(event);
    if (similar.length > 0) lines.push(`  did you mean ${similar.join(', ')}?`);
  }
  return `${lines.join('\n')}\n`;
}

/** One delivery's result as one line of JSON, for scripts (JSON.stringify escapes every control character). */
export function formatResultJson(delivery: Delivery, result: SafeParseResult<ContactCenterEvent>): string {
  const at = { source: delivery.source, ...(delivery.line === undefined ? {} : { line: delivery.line }) };
  if (result.success) return `${JSON.stringify({ ...at, valid: true, event: result.data.event })}\n`;
  const { code, event, issues, truncated } = result.error;
  return `${JSON.stringify({ ...at, valid: false, ...(event === undefined ? {} : { event }), code, issues, truncated })}\n`;
}
