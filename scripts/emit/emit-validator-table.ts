import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/**
 * Event name -> [check, report] validators: the O(1) lookup parseEvent uses instead of a union-wide oneOf.
 * A Map, not an object: no inherited names ("toString", "__proto__") to guard against, and its lookup
 * measured about twice as fast as Object.hasOwn plus indexing on this table. What a cold start pays
 * for it is kept small:
 * - the checks are listed in the order of eventNames (emitted from the same events), not as a literal of
 *   122 [name, [check, report]] entries, which spelt every name again and cost about 0.5 ms to compile
 *   and build;
 * - an event's report validator is made on the event's first lookup, from its schema by index, not
 *   declared for all 122 at load (about 0.5 ms more).
 * Built in a function marked pure, so that a bundle without parseEvent (a guard alone) drops it.
 */
export function emitValidatorTable(events: readonly NormalisedEvent[], kernel: string, header: string): string {
  return `${header}
import { type EventValidators, reportValidator } from ${JSON.stringify(kernel)};
import { eventNames } from './event-names.js';
import * as check from './validators/check.js';
import { rootSchema } from './validators/report.js';

const table = /* @__PURE__ */ (() => {
  // In the order of eventNames.
  const checks = [
${events.map((event) => `    check.${event.typeName},`).join('\n')}
  ];
  const indices = new Map<string, number>();
  eventNames.forEach((name, index) => indices.set(name, index));
  return { checks, indices, made: new Map<string, EventValidators>() };
})();

/** The validators of the event named \`name\`, or undefined when the document does not define it. */
export function validatorsOf(name: string): EventValidators | undefined {
  // Once an event's validators are made, a lookup is one Map.get, as it was when all were made at load.
  const made = table.made.get(name);
  if (made !== undefined) return made;
  const index = table.indices.get(name);
  if (index === undefined) return undefined;
  const validators: EventValidators = [table.checks[index]!, reportValidator(() => rootSchema(index))];
  table.made.set(name, validators);
  return validators;
}
`;
}
