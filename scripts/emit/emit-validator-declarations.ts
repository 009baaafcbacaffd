import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/** The .d.ts beside a generated validators module. */
export function emitValidatorDeclarations(events: readonly NormalisedEvent[], kernel: string, header: string): string {
  return `${header}
import type { CompiledValidator } from ${JSON.stringify(kernel)};

${events.map((event) => `export declare const ${event.typeName}: CompiledValidator;`).join('\n')}
`;
}
