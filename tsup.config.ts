import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
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
});
