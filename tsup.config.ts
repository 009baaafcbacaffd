import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    node: 'src/node.ts',
    testing: 'src/testing.ts',
    'fast-check': 'src/fast-check.ts',
    vitest: 'src/vitest.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No Node built-ins in the main entry: it runs on Node 20+, Bun, Deno, Workers and browsers.
  platform: 'neutral',
  target: 'es2022',
  treeshake: true,
  splitting: true,
  sourcemap: false,
  outDir: 'dist',
  // Optional peers stay imports; they are the user's own copies.
  external: ['fast-check', 'vitest'],
});
