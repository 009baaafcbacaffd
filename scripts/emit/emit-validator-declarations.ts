import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/** The .d.ts beside a generated validators module. */
export function emitValidatorDeclarations(events: readonly NormalisedEvent[], runtime: string, header: string): string {
  return `${header}
import type { CompiledValidator } from ${JSON.stringify(`${runtime}/kernel/compiled-validator.js`)};

${events.map((event) => `export declare const ${event.typeName}: CompiledValidator;`).join('\n')}
`;
}
