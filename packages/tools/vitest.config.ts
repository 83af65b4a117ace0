import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Each file starts a real caac-mock (Prism in-process); slow on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
