import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { guardName } from '../normalise/type-names.ts';

/** One type guard per event, each importing only its own validator, so a bundle carries only what it uses. */
export function emitGuards(events: readonly NormalisedEvent[], kernel: string, header: string): string {
  const guards = events.map(
    (
      event,
    ) => `/** True when \`value\` is a valid \`${event.name}\` event (fields the document does not list are allowed). */
export const ${guardName(event.typeName)} = /* @__PURE__ */ createGuard<${event.typeName}>(validate${event.typeName});`,
  );
  return `${header}
import { createGuard } from ${JSON.stringify(kernel)};
import type { ${events.map((event) => event.typeName).join(', ')} } from './types.js';
import { ${events.map((event) => `${event.typeName} as validate${event.typeName}`).join(', ')} } from './validators/check.js';

${guards.join('\n\n')}
`;
}
