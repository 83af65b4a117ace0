// @ts-check
import { startMockServer } from '@caac/mock-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runQuickstart } from '../src/quickstart.js';

/** @type {import('@caac/mock-server').MockServer} */
let mock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKeys: ['quickstart-key'] });
});
afterAll(() => mock?.close());

it('lists tags, walks every page of users and reports the documented 404', async () => {
  const summary = await runQuickstart({ baseUrl: mock.url, apiKey: 'quickstart-key' });
  expect(summary.tags.length).toBeGreaterThan(0);
  // firstPage + lastPage of the listUsers examples.
  expect(summary.users.length).toBeGreaterThan(2);
  expect(new Set(summary.users).size).toBe(summary.users.length);
  expect(summary.missingTeam).toMatch(/^404/);
  // Three reads and one 404, nothing retried.
  expect(mock.journal.entries.map((e) => e.status)).toEqual([200, 200, 200, 404]);
});
