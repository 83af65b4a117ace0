import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file starts real Prism; keep files parallel but bounded on small CI machines.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
    // Generous on purpose: Prism's start takes seconds on a busy 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
