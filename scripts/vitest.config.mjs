import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.mjs'],
    testTimeout: 60_000,
    // beforeAll renders every generated file and starts Prism; CI runs on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
