// What every user pays in their editor: tsc (the repository's TypeScript, strict) on a consumer that
// switches exhaustively over every event of the packed package, with a `never` default; with
// skipLibCheck (as `tsc --init` sets it) or with every declaration file checked too.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedPackage } from './pack-package.ts';

export interface TypeCheck {
  events: number;
  checkMs: number;
  totalMs: number;
  instantiations: number;
  types: number;
}

export function measureTypeCheck(
  pkg: PackedPackage,
  eventNames: readonly string[],
  tsc: string,
  skipLibCheck: boolean,
): TypeCheck {
  const cases = eventNames
    .map((name) => `    case ${JSON.stringify(name)}:\n      return describe(event.payload);`)
    .join('\n');
  writeFileSync(
    join(pkg.project, 'consumer.ts'),
    `import { parseEvent, type ContactCenterEvent } from ${JSON.stringify(pkg.name)};

declare function describe(payload: object): string;

export function handle(event: ContactCenterEvent): string {
  switch (event.event) {
${cases}
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export const handled = handle(parseEvent('{}'));
`,
  );
  writeFileSync(
    join(pkg.project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        skipLibCheck,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const output = execFileSync(process.execPath, [tsc, '-p', pkg.project, '--extendedDiagnostics'], {
    encoding: 'utf8',
  });
  const figure = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${label}"`);
    return Number(match[1]);
  };
  return {
    events: eventNames.length,
    checkMs: figure('Check time') * 1000,
    totalMs: figure('Total time') * 1000,
    instantiations: figure('Instantiations'),
    types: figure('Types'),
  };
}
