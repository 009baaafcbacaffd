import type { EventName, EventOf } from '../../generated/types.js';
import { eventNames } from '../../generated/event-names.js';
import type { ParseOptions } from '../validation/validate-event.js';
import type { StandardSchemaV1 } from './standard-schema-v1.js';
import { VENDOR, validateAsStandardSchema } from './validate-as-standard-schema.js';

/**
 * The validator of one event as a Standard Schema v1 object, for libraries that accept one (tRPC,
 * Hono's standard validator, vitest's `expect.schemaMatching`, ...). Same policy and messages as
 * parseEvent; `{ strict: true }` refuses unknown fields, as may `libraryOptions: { strict }` per call.
 * Another event, or any other value, is a failure with issues, never a throw.
 */
export function eventStandardSchema<N extends EventName>(
  name: N,
  options?: ParseOptions,
): StandardSchemaV1<EventOf<N>, EventOf<N>> {
  if (!(eventNames as readonly string[]).includes(name)) {
    throw new RangeError(`eventStandardSchema: "${String(name)}" is not an event of the Zoom Contact Center document`);
  }
  const strict = options?.strict === true;
  return {
    '~standard': {
      version: 1,
      vendor: VENDOR,
      validate: (value, validateOptions) =>
        validateAsStandardSchema(value, name, strict, validateOptions) as StandardSchemaV1.Result<EventOf<N>>,
    },
  };
}
