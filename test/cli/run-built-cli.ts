// Runs the built zoom-cc-webhooks binary (dist/cli.js, what `bin` points at) in a child process, as a
// user's shell would. `npm test` builds first; run alone, this needs `npx tsup` once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

export const BUILT_CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBuiltCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliRun {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` (or \`npx tsup\`) first`);
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
