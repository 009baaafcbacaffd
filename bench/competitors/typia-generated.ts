// typia, for the benchmark only: validators written ahead of time by typia's CLI (`typia generate`, no
// patched compiler) from the package's generated types, into bench/.typia/ (made at bench time, never
// committed). `is` accepts fields the types do not list, as the package's default does; `equals` refuses
// them, as strict mode does. typia judges the TypeScript types, not the JSON Schemas: a plain `string`
// has no format and a `number` may hold a fraction, so date-times, e-mail addresses and integers the
// schemas refuse pass typia (see BENCHMARKS.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventNames } from '../../generated/event-names.ts';

export interface TypiaValidators {
  is: Map<string, (input: unknown) => boolean>;
  equals: Map<string, (input: unknown) => boolean>;
  /** How long `typia generate` took, in milliseconds (a build step, not start-up). */
  generateMs: number;
}

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDER = join(ROOT, 'bench', '.typia');

export async function generateWithTypia(): Promise<TypiaValidators> {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(join(FOLDER, 'input'), { recursive: true });
  const table = (factory: string): string =>
    eventNames
      .map((name) => `  [${JSON.stringify(name)}, typia.${factory}<EventMap[${JSON.stringify(name)}]>()],`)
      .join('\n');
  writeFileSync(
    join(FOLDER, 'input', 'validators.ts'),
    `import typia from 'typia';
import type { EventMap } from '../../../generated/types.js';

export const is = new Map<string, (input: unknown) => boolean>([
${table('createIs')}
]);
export const equals = new Map<string, (input: unknown) => boolean>([
${table('createEquals')}
]);
`,
  );
  writeFileSync(
    join(FOLDER, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
      },
      include: ['input'],
    }),
  );
  const started = performance.now();
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'typia'),
    [
      'generate',
      '--input',
      join(FOLDER, 'input'),
      '--output',
      join(FOLDER, 'output'),
      '--project',
      join(FOLDER, 'tsconfig.json'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const generateMs = performance.now() - started;
  const generated = (await import(pathToFileURL(join(FOLDER, 'output', 'validators.ts')).href)) as Omit<
    TypiaValidators,
    'generateMs'
  >;
  if (generated.is.size !== eventNames.length)
    throw new Error(`typia generate wrote ${generated.is.size} validators, not ${eventNames.length}`);
  return { ...generated, generateMs };
}
