import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One mock for the whole suite, started through @caac/mock-server on a free port.
    globalSetup: ['./test/support/global-setup.ts'],
    // A flaky contract test is a bug to fix, never something to retry.
    retry: 0,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
