import { printableText } from '../kernel/index.js';

/** Why a payload was refused. */
export type WebhookEventErrorCode =
  /** The input is not JSON (or, as bytes, not UTF-8). */
  | 'invalid_json'
  /** The JSON is not an object with a string `event`. */
  | 'invalid_envelope'
  /** `event` names an event the document does not define (Zoom adds events without notice). */
  | 'unknown_event'
  /** The event is known, but the payload does not match its schema. */
  | 'invalid_payload';

/** One thing wrong with a payload. */
export interface WebhookEventIssue {
  /** JSON Pointer to the offending value, e.g. `/payload/object/task_status`; for a missing property, where it should be. */
  readonly path: string;
  /** What was expected and what came, e.g. `expected one of "pending", "reserved", received "paused"`. */
  readonly message: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `enum`, `format`, `additionalProperties`, ...), or `json` for unparsable input. */
  readonly keyword: string;
}

/** At most this many issues are reported for one payload; `truncated` says when there were more. */
export const MAX_ISSUES = 100;

/** Thrown by `parseEvent`, returned by `safeParseEvent`: what was wrong, and where. */
export class WebhookEventError extends Error {
  override readonly name = 'WebhookEventError';
  readonly code: WebhookEventErrorCode;
  readonly issues: readonly WebhookEventIssue[];
  /** The event name, where the input had a string `event`. */
  readonly event: string | undefined;
  /** True when there were more than MAX_ISSUES issues and only the first were kept. */
  readonly truncated: boolean;

  constructor(code: WebhookEventErrorCode, issues: readonly WebhookEventIssue[], event?: string, truncated = false) {
    super(summarise(code, issues, event, truncated));
    this.code = code;
    this.issues = issues;
    this.event = event;
    this.truncated = truncated;
  }
}

const HEADLINES: Record<WebhookEventErrorCode, string> = {
  invalid_json: 'Webhook body is not valid JSON',
  invalid_envelope: 'Webhook body is not a Zoom event (an object with a string "event")',
  unknown_event: 'Unknown Zoom Contact Center event',
  invalid_payload: 'Invalid payload',
};

function summarise(
  code: WebhookEventErrorCode,
  issues: readonly WebhookEventIssue[],
  event: string | undefined,
  truncated: boolean,
): string {
  const head = code === 'invalid_payload' && event !== undefined ? `Invalid ${event} payload` : HEADLINES[code];
  const shown = issues.slice(0, 3).map((issue) => `${printableText(issue.path, 200) || '(root)'}: ${issue.message}`);
  const more = issues.length - shown.length;
  const tail = more > 0 || truncated ? `; and ${truncated ? 'more than ' : ''}${more} more` : '';
  return shown.length > 0 ? `${head}: ${shown.join('; ')}${tail}` : head;
}
