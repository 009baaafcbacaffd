// The package as users get it: `npm pack` (no scripts: dist/ is built before), unpacked into a scratch
// project's node_modules, so every budget measures the published files through their `exports`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface PackedPackage {
  name: string;
  /** The scratch project: packages resolve from its node_modules. */
  project: string;
  /** The unpacked package itself. */
  directory: string;
  /** The sum of its files' sizes, as npm counts the "unpacked size". */
  unpackedBytes: number;
  remove: () => void;
}

export function packPackage(root: string, tarball?: string): PackedPackage {
  const project = mkdtempSync(join(tmpdir(), 'budget-'));
  let file = tarball ? resolve(tarball) : '';
  if (!file) {
    const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    file = join(project, (JSON.parse(output) as { filename: string }[])[0]!.filename);
  }
  const unpacked = join(project, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', file, '-C', unpacked]);
  const { name } = JSON.parse(readFileSync(join(unpacked, 'package/package.json'), 'utf8')) as { name: string };
  const directory = join(project, 'node_modules', name);
  mkdirSync(join(directory, '..'), { recursive: true });
  renameSync(join(unpacked, 'package'), directory);
  const unpackedBytes = readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((path) => statSync(join(directory, path)))
    .reduce((sum, stat) => sum + (stat.isFile() ? stat.size : 0), 0);
  return { name, project, directory, unpackedBytes, remove: () => rmSync(project, { recursive: true, force: true }) };
}
