// One valid, realistic example per event (every optional field present) and a minimal one (required
// fields only). Each is validated here against the event's schema under the default policy (a document
// may close an allOf member that a sibling extends, which only strict mode refuses); an example that
// fails is a generator bug, so generation stops. test/parse checks ours also pass strict mode.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildExample } from '../examples/build-example.ts';
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { checkSchema } from '../normalise/validation-schemas.ts';

export function emitExamples(events: readonly NormalisedEvent[], header: string): string {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, logger: false });
  addFormats.default(ajv);
  const full: string[] = [];
  const minimal: string[] = [];
  for (const event of events) {
    const validate = ajv.compile(checkSchema(event.schema));
    for (const [optional, into] of [
      ['all', full],
      ['none', minimal],
    ] as const) {
      const example = buildExample(event.schema, { optional });
      if (!validate(example)) {
        throw new Error(
          `the generated ${optional === 'all' ? 'full' : 'minimal'} example of ${event.name} is invalid: ${JSON.stringify(validate.errors)}`,
        );
      }
      into.push(`  ${JSON.stringify(event.name)}: ${JSON.stringify(example)},`);
    }
  }
  return `${header}
import type { EventMap } from './types.js';

/** A valid, realistic example of every event, every optional field present. */
export const examples: { readonly [N in keyof EventMap]: EventMap[N] } = {
${full.join('\n')}
};

/** A valid example of every event with only its required fields. */
export const minimalExamples: { readonly [N in keyof EventMap]: EventMap[N] } = {
${minimal.join('\n')}
};
`;
}
