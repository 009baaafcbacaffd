import { WebhookEventError } from '../errors/webhook-event-error.js';
import type { EventName, EventOf } from '../../generated/types.js';
import { examples, minimalExamples } from './examples.js';
import { mergeOverrides } from './merge-overrides.js';
import { validateAsEvent } from './validate-as-event.js';

/**
 * Overrides for createEvent: any part of the event, at any depth. An array is given whole and replaces
 * the example's array. `undefined` on an optional property removes that property. The type refuses it on a
 * required property only under `exactOptionalPropertyTypes` (plain `strict` lets `undefined` into every
 * optional key); createEvent itself refuses the event that results, with a WebhookEventError.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? // biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a type asks whether K is optional
      { [K in keyof T]?: DeepPartial<Exclude<T[K], undefined>> | ({} extends Pick<T, K> ? undefined : never) }
    : T;

export interface CreateEventOptions {
  /** Start from the example with every optional field (default `true`) or from the one with required fields only. */
  readonly optionalFields?: boolean;
}

/**
 * A fresh copy of the example of `name` with `overrides` merged in (plain objects merge, arrays and
 * other values replace, `undefined` removes). The result is validated strictly, as the document
 * describes the event: an override that breaks it (a wrong type, a value outside an enum, a field the
 * document does not list, a required field removed) throws WebhookEventError naming each problem.
 */
export function createEvent<N extends EventName>(
  name: N,
  overrides?: DeepPartial<EventOf<N>>,
  options?: CreateEventOptions,
): EventOf<N> {
  const base = (options?.optionalFields === false ? minimalExamples : examples)[name];
  try {
    return validateAsEvent(mergeOverrides(base, overrides), name, { strict: true }) as EventOf<N>;
  } catch (error) {
    if (error instanceof WebhookEventError)
      error.message = `createEvent(${JSON.stringify(name)}): the overrides make the event invalid. ${error.message}`;
    throw error;
  }
}
