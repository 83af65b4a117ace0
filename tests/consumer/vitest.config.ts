import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    // Each check spawns real processes (node, tsc, npm's bins); every one of them has its own
    // deadline in src/run.ts, these are the outer bounds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores are shared with the other packages' suites: one test file at a time.
    fileParallelism: false,
  },
});
