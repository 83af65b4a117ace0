import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/harness/global-setup.ts'],
    // Every process and request has its own deadline (src/harness); these are the outer bounds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores are shared with the other suites: one runtime at a time.
    fileParallelism: false,
  },
});
