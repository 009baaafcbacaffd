// What a front-end or edge user ships: esbuild bundles a one-line consumer of the packed package,
// minified, and the result is measured gzipped (level 9).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import type { PackedPackage } from './pack-package.ts';

export interface BundleSize {
  imports: string;
  minified: number;
  gzipped: number;
}

export async function measureBundle(pkg: PackedPackage, names: readonly string[]): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from ${JSON.stringify(pkg.name)};`,
      resolveDir: pkg.project,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { imports: names.join(', '), minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}
