import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.js'],
    // beforeAll starts a real server; CI runs on a busy 2-core machine, so hooks get time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
