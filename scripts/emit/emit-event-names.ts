import type { NormalisedEvent } from '../normalise/normalise-document.ts';

export function emitEventNames(events: readonly NormalisedEvent[], header: string): string {
  return `${header}
import type { EventName } from './types.js';

/** The names of all ${events.length} events in the document, in the document's order. */
export const eventNames: readonly EventName[] = /* @__PURE__ */ Object.freeze([
${events.map((event) => `  ${JSON.stringify(event.name)},`).join('\n')}
] as const);
`;
}
