import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file starts real Prism; keep files parallel but bounded on small CI machines.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
