import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // Same constant tsup inlines, so tests see the real package version.
  define: { __CAAC_VERSION__: JSON.stringify(version) },
  // node/ imports the package's own `@caac/client/core` export: run it from the source in tests.
  resolve: { alias: { '@caac/client/core': new URL('./src/core.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    // Type-level tests (`*.test-d.ts`) run through tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Suites start loopback servers; CI runs on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
