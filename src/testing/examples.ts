// The generated examples, frozen: they are shared by every test that imports them, so a test that
// changes one in place would change it for the tests after it. createEvent gives a copy to change.
import {
  examples as generatedExamples,
  minimalExamples as generatedMinimalExamples,
} from '../../generated/examples.js';
import type { EventName, EventOf } from '../../generated/types.js';

/** Every event by name, each example deeply read-only. */
export type EventExamples = { readonly [N in EventName]: EventOf<N> };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A valid, realistic example of every event, every optional field present. Frozen; see createEvent. */
export const examples: EventExamples = /* @__PURE__ */ deepFreeze(generatedExamples);

/** A valid example of every event with only its required fields. Frozen; see createEvent. */
export const minimalExamples: EventExamples = /* @__PURE__ */ deepFreeze(generatedMinimalExamples);
