import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type-level tests (`*.test-d.ts`) run through tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Every wait in these tests is bounded; a hang should fail fast, not stall CI.
    testTimeout: 60_000,
    // Suites start servers in hooks; CI runs on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
