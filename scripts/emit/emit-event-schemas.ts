import type { NormalisedEvent } from '../normalise/normalise-document.ts';

export function emitEventSchemas(events: readonly NormalisedEvent[], header: string): string {
  const entries = events.map((event) => `  ${JSON.stringify(event.name)}: ${JSON.stringify(event.schema)},`);
  return `${header}
import type { EventName } from './types.js';

/** A JSON Schema (draft 2020-12) document. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The JSON Schema of every event, by event name: self-contained, draft 2020-12, errata applied. */
export const eventSchemas: { readonly [N in EventName]: JsonSchema } = {
${entries.join('\n')}
};
`;
}
