import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/** Event name -> [fast, full] validators: the O(1) lookup parseEvent uses instead of a union-wide oneOf. */
export function emitValidatorTable(events: readonly NormalisedEvent[], runtime: string, header: string): string {
  return `${header}
import type { EventValidators } from ${JSON.stringify(`${runtime}/validation/validate-event.js`)};
import * as fast from './validators/fast.js';
import * as full from './validators/full.js';

export const validatorTable: { readonly [event: string]: EventValidators } = {
${events.map((event) => `  ${JSON.stringify(event.name)}: [fast.${event.typeName}, full.${event.typeName}],`).join('\n')}
};
`;
}
