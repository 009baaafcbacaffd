// What a built entry file imports from outside the package, found by bundling it with esbuild and
// recording every specifier that does not point into the package itself. Covers ESM imports, dynamic
// imports and CommonJS require() alike.
import { build, type Plugin } from 'esbuild';

export async function externalImports(entryFile: string): Promise<string[]> {
  const found = new Set<string>();
  const recordExternal: Plugin = {
    name: 'record-external',
    setup(context) {
      context.onResolve({ filter: /^[^./]/ }, (args) => {
        found.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [recordExternal],
  });
  return [...found].sort();
}
