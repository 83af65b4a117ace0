import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type-level tests (`*.test-d.ts`) run through tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The property tests and the in-memory tsc run take seconds on a busy CI machine.
    testTimeout: 60_000,
    // Generous on purpose: CI runs on a busy 2-core machine (a timeout is a hang, never a slow run).
    hookTimeout: 120_000,
  },
});
