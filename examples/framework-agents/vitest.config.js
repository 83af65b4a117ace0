import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real servers and the real checker on a busy machine: generous, never timing assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { test: { name: 'frameworks', include: ['test/**/*.test.js'] } },
      {
        // The Express recipe once more, with Express 4 (installed as `express4`).
        resolve: { alias: { express: 'express4' } },
        test: { name: 'express-4', include: ['test/express.test.js'] },
      },
    ],
  },
});
