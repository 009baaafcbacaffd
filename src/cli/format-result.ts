import type { SafeParseResult } from '../parse/safe-parse-event.js';
import type { ContactCenterEvent } from '../../generated/types.js';
import type { Delivery } from './split-deliveries.js';

const where = (delivery: Delivery): string => (delivery.line === undefined ? delivery.source : `${delivery.source}:${delivery.line}`);

/** One delivery's result as text: a headline, then one indented line per issue. */
export function formatResultText(delivery: Delivery, result: SafeParseResult<ContactCenterEvent>): string {
  if (result.success) return `${where(delivery)}: valid ${result.data.event}\n`;
  const { code, event, issues, truncated } = result.error;
  const lines = [`${where(delivery)}: invalid ${event === undefined ? '' : `${event} `}(${code})`];
  for (const issue of issues) lines.push(`  ${issue.path || '(root)'}: ${issue.message}`);
  if (truncated) lines.push(`  ... more issues (only the first ${issues.length} are kept)`);
  return `${lines.join('\n')}\n`;
}

/** One delivery's result as one line of JSON, for scripts. */
export function formatResultJson(delivery: Delivery, result: SafeParseResult<ContactCenterEvent>): string {
  const at = { source: delivery.source, ...(delivery.line === undefined ? {} : { line: delivery.line }) };
  if (result.success) return `${JSON.stringify({ ...at, valid: true, event: result.data.event })}\n`;
  const { code, event, issues, truncated } = result.error;
  return `${JSON.stringify({ ...at, valid: false, ...(event === undefined ? {} : { event }), code, issues, truncated })}\n`;
}
