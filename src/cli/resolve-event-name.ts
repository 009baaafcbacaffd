import { eventNames } from '../../generated/event-names.js';
import type { EventName } from '../../generated/types.js';
import { quoteText } from '../kernel/index.js';
import { suggestEventNames } from './suggest-event-names.js';
import { UsageError } from './usage-error.js';

const PREFIX = 'contact_center.';

/** The event a command-line argument names: the full name, or the name without `contact_center.`. */
export function resolveEventName(argument: string | undefined): EventName {
  if (argument === undefined || argument === '') {
    throw new UsageError('missing EVENT; `zoom-cc-webhooks events` lists them');
  }
  const known = new Set<string>(eventNames);
  for (const candidate of [argument, `${PREFIX}${argument}`]) {
    if (known.has(candidate)) return candidate as EventName;
  }
  const similar = suggestEventNames(argument);
  const hint = similar.length > 0 ? `; did you mean ${similar.join(', ')}?` : '; `zoom-cc-webhooks events` lists them';
  throw new UsageError(`unknown event ${quoteText(argument, 100)}${hint}`);
}
