import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/**
 * Event name -> [fast, full] validators: the O(1) lookup parseEvent uses instead of a union-wide oneOf.
 * A Map, not an object: no inherited names ("toString", "__proto__") to guard against, and its lookup
 * measured about twice as fast as Object.hasOwn plus indexing on this table.
 */
export function emitValidatorTable(events: readonly NormalisedEvent[], runtime: string, header: string): string {
  return `${header}
import type { EventValidators } from ${JSON.stringify(`${runtime}/validation/validate-event.js`)};
import * as fast from './validators/fast.js';
import * as full from './validators/full.js';

const table: ReadonlyMap<string, EventValidators> = /* @__PURE__ */ new Map<string, EventValidators>([
${events.map((event) => `  [${JSON.stringify(event.name)}, [fast.${event.typeName}, full.${event.typeName}]],`).join('\n')}
]);

/** The validators of the event named \`name\`, or undefined when the document does not define it. */
export function validatorsOf(name: string): EventValidators | undefined {
  return table.get(name);
}
`;
}
