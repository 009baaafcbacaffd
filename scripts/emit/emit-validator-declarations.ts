import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/** The .d.ts beside a generated validators module, whose exports are each a `type` (a kernel type). */
export function emitValidatorDeclarations(
  events: readonly NormalisedEvent[],
  kernel: string,
  header: string,
  type: 'CompiledValidator' | 'ReportValidator',
): string {
  return `${header}
import type { ${type} } from ${JSON.stringify(kernel)};

${events.map((event) => `export declare const ${event.typeName}: ${type};`).join('\n')}
`;
}
