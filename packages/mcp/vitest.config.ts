import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests start caac-mock and spawn the built caac-mcp bin; slow on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
