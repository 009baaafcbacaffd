import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/**
 * Event name -> [check, report] validators: the O(1) lookup parseEvent uses instead of a union-wide oneOf.
 * A Map, not an object: no inherited names ("toString", "__proto__") to guard against, and its lookup
 * measured about twice as fast as Object.hasOwn plus indexing on this table. Built from two lists in the
 * order of eventNames (emitted from the same events), not from a literal of 122 [name, [check, report]]
 * entries, which spelt every name again and cost about 0.5 ms of every cold start to compile and build.
 * In a function marked pure, so that a bundle without parseEvent (a guard alone) drops it.
 */
export function emitValidatorTable(events: readonly NormalisedEvent[], kernel: string, header: string): string {
  const list = (module: string): string => events.map((event) => `    ${module}.${event.typeName},`).join('\n');
  return `${header}
import type { EventValidators } from ${JSON.stringify(kernel)};
import { eventNames } from './event-names.js';
import * as check from './validators/check.js';
import * as report from './validators/report.js';

const table: ReadonlyMap<string, EventValidators> = /* @__PURE__ */ (() => {
  // In the order of eventNames.
  const checks = [
${list('check')}
  ];
  const reports = [
${list('report')}
  ];
  const byName = new Map<string, EventValidators>();
  eventNames.forEach((name, index) => byName.set(name, [checks[index]!, reports[index]!]));
  return byName;
})();

/** The validators of the event named \`name\`, or undefined when the document does not define it. */
export function validatorsOf(name: string): EventValidators | undefined {
  return table.get(name);
}
`;
}
