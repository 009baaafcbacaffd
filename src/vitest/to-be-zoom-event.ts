// The matcher behind `expect(value).toBeZoomEvent(name?, { strict? })`. It reads nothing from vitest,
// only `this.isNot` if anything, so Jest's expect.extend takes it as it is.
import { WebhookEventError } from '../errors/webhook-event-error.js';
import { validateAsEvent } from '../testing/validate-as-event.js';
import type { EventName } from '../../generated/types.js';

export interface ToBeZoomEventOptions {
  /** Refuse fields the document does not list (default false, as parseEvent). */
  readonly strict?: boolean;
}

/** What vitest and Jest expect a synchronous matcher to return. */
export interface ZoomMatcherResult {
  pass: boolean;
  message: () => string;
}

function describeIssues(error: WebhookEventError): string {
  const lines = error.issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`);
  if (error.truncated) lines.push(`  ...and more: only the first ${error.issues.length} issues are listed`);
  return lines.join('\n');
}

/**
 * Passes when `received` is a valid event (of `name`, when given), judged as parseEvent judges it,
 * except that a JSON string or bytes fail: the matcher checks values, not bodies. The failure
 * message lists every issue with its JSON Pointer path.
 */
export function toBeZoomEvent(
  this: unknown,
  received: unknown,
  nameOrOptions?: EventName | ToBeZoomEventOptions,
  options?: ToBeZoomEventOptions,
): ZoomMatcherResult {
  const name = typeof nameOrOptions === 'string' ? nameOrOptions : undefined;
  const strict =
    (typeof nameOrOptions === 'object' && nameOrOptions !== null ? nameOrOptions : options)?.strict === true;
  const expected = `a valid ${name ?? 'Zoom Contact Center'} event${strict ? ' (strict)' : ''}`;
  try {
    validateAsEvent(received, name, { strict });
  } catch (error) {
    if (!(error instanceof WebhookEventError)) throw error;
    return { pass: false, message: () => `expected value to be ${expected}, but it is not:\n${describeIssues(error)}` };
  }
  return { pass: true, message: () => `expected value not to be ${expected}, but it is` };
}
