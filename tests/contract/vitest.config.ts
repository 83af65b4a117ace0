import { defineConfig } from 'vitest/config';

const fetchModes = [
  // With a custom fetch (which observes each answer)…
  { label: 'custom fetch', fetchMode: 'custom' },
  // …and on the default global fetch(url, init) branch, the one real users get.
  { label: 'global fetch', fetchMode: 'global' },
] as const;
const mockModes = [
  // The mock answers with the spec's examples (the default mode).
  { label: 'examples', mockMode: 'examples' },
  // The mock is the stateful simulator of a CAAC organization (`stateful: true`).
  { label: 'stateful', mockMode: 'stateful' },
] as const;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One mock per project, started through @caac/mock-server on a free port in the project's mode.
    globalSetup: ['./test/support/global-setup.ts'],
    // In stateful mode every test starts from the seed of its file's own tenant.
    setupFiles: ['./test/support/reset-tenant.ts'],
    // A flaky contract test is a bug to fix, never something to retry.
    retry: 0,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every test four times: each fetch branch against each mode of the mock.
    projects: fetchModes.flatMap(({ label, fetchMode }) =>
      mockModes.map(({ label: modeLabel, mockMode }) => ({
        extends: true as const,
        test: { name: `${modeLabel}, ${label}`, provide: { fetchMode, mockMode } },
      })),
    ),
  },
});
