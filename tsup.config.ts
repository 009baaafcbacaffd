import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    'standard-schema': 'src/standard-schema.ts',
    node: 'src/node.ts',
    testing: 'src/testing.ts',
    'fast-check': 'src/fast-check.ts',
    vitest: 'src/vitest.ts',
    // The zoom-cc-webhooks command. An entry of this build, not a build of its own, so it shares the
    // validator chunk with the library instead of carrying a second copy; package.json `files` leaves out
    // the CommonJS and declaration files tsup also writes for it.
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No Node built-ins in the main entry: it runs on Node 20+, Bun, Deno, Workers and browsers. (The CLI
  // and ./node import `node:` modules: see `external`.)
  platform: 'neutral',
  target: 'es2022',
  treeshake: true,
  splitting: true,
  sourcemap: false,
  outDir: 'dist',
  // Optional peers stay imports; they are the user's own copies. Node built-ins stay imports too, and keep
  // their `node:` prefix (tsup strips it by default), which Deno and Bun need and Node 20 understands.
  external: ['fast-check', 'vitest', /^node:/],
  removeNodeProtocol: false,
});
