// The package as users get it: `npm pack` (the files package.json `files` lets through, nothing else),
// then `npm install <tarball>` into a scratch project. Offline: the package has no dependencies to fetch.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface PackedFile {
  path: string;
  size: number;
}

export interface Packed {
  tarball: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

/** Packs the repository (as built) into `folder`. */
export function packPackage(folder: string): Packed {
  const output = execFileSync(npm, ['pack', '--json', '--pack-destination', folder], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const [result] = JSON.parse(output) as [
    { filename: string; size: number; unpackedSize: number; files: PackedFile[] },
  ];
  return {
    tarball: join(folder, result.filename),
    size: result.size,
    unpackedSize: result.unpackedSize,
    files: result.files,
  };
}

/** A scratch ESM project in `folder` with the tarball installed, as a user would install it. */
export function installTarball(tarball: string, folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  execFileSync(
    npm,
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball],
    {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    },
  );
}
