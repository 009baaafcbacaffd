import type { NormalisedEvent } from '../normalise/normalise-document.ts';

/** The .d.ts beside a generated validators module, whose exports are each a `type` (a kernel type). */
export function emitValidatorDeclarations(
  events: readonly NormalisedEvent[],
  kernel: string,
  header: string,
  type: 'CompiledValidator' | 'ReportValidator',
): string {
  // The report module also gives the validator table each event's schema by index (writeReportModule).
  const report = type === 'ReportValidator';
  return `${header}
import type { ${report ? `${type}, ValidationSchema` : type} } from ${JSON.stringify(kernel)};
${report ? '\n/** The schema of the event at `index` in the order of the events. */\nexport declare const rootSchema: (index: number) => ValidationSchema;\n' : ''}
${events.map((event) => `export declare const ${event.typeName}: ${type};`).join('\n')}
`;
}
