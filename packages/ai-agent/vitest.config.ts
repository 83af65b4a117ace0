import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type-level tests (`*.test-d.ts`) run through tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Every wait in these tests is bounded; a hang should fail fast, not stall CI.
    // The fast-check parity property ran past 60 s on a busy 2-core CI machine; servers start in hooks.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
