import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on the sources as they are (no build, no pack: `npm run test:unit`), `package`
// on what `npm run build` produced (the built CLI, the packed tarball: `npm run test:package`).
const BUILT = ['test/package/**', 'test/cli/**'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel, but the slow ones (generation, packing) are few.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: BUILT } },
      { extends: true, test: { name: 'package', include: BUILT.map((folder) => `${folder}/*.test.ts`) } },
    ],
  },
});
