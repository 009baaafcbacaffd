import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/**
 * Event name -> [check, report] validators: the O(1) lookup parseEvent uses instead of a union-wide oneOf.
 * A Map, not an object: no inherited names ("toString", "__proto__") to guard against, and its lookup
 * measured about twice as fast as Object.hasOwn plus indexing on this table.
 */
export function emitValidatorTable(events: readonly NormalisedEvent[], kernel: string, header: string): string {
  return `${header}
import type { EventValidators } from ${JSON.stringify(kernel)};
import * as check from './validators/check.js';
import * as report from './validators/report.js';

const table: ReadonlyMap<string, EventValidators> = /* @__PURE__ */ new Map<string, EventValidators>([
${events.map((event) => `  [${JSON.stringify(event.name)}, [check.${event.typeName}, report.${event.typeName}]],`).join('\n')}
]);

/** The validators of the event named \`name\`, or undefined when the document does not define it. */
export function validatorsOf(name: string): EventValidators | undefined {
  return table.get(name);
}
`;
}
