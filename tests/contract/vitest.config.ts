import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One mock for the whole suite, started through @caac/mock-server on a free port.
    globalSetup: ['./test/support/global-setup.ts'],
    // A flaky contract test is a bug to fix, never something to retry.
    retry: 0,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every test twice: with a custom fetch (which observes each answer), and on the default
    // global fetch(url, init) branch, the one real users get.
    projects: [
      { extends: true, test: { name: 'custom fetch', provide: { fetchMode: 'custom' } } },
      { extends: true, test: { name: 'global fetch', provide: { fetchMode: 'global' } } },
    ],
  },
});
