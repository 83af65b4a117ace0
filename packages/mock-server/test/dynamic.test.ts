import { describe, expect, it } from 'vitest';
import { startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';
import { responseExample } from './helpers/spec.js';

const headers = { apikey: 'dynamic-key' };

describe('dynamic mode', () => {
  it('generates schema-valid data instead of the examples, the same for the same seed', async () => {
    const [a, b] = await Promise.all([
      startMockServer({ dynamic: true, seed: 42 }),
      startMockServer({ dynamic: true, seed: 42 }),
    ]);
    try {
      const [fromA, fromB] = await Promise.all(
        [a, b].map((m) => call(m.url, '/caac/v1/tags', { headers })),
      );
      expect(fromA?.status).toBe(200);
      expect(fromA?.body).toEqual(fromB?.body);
      expect(fromA?.body).not.toEqual(responseExample('/caac/v1/tags', 'get', '200', 'tags'));
      // errors mode is on by default: generated data is validated like examples are.
      expect(a.journal.entries.at(-1)?.violations.response).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('still ends a paginated walk: a cursor gets the lastPage example', async () => {
    const mock = await startMockServer({ dynamic: true, seed: 1 });
    try {
      const { body } = await call(mock.url, '/caac/v2/teams?cursor=abc', { headers });
      expect(body).toEqual(responseExample('/caac/v2/teams', 'get', '200', 'lastPage'));
    } finally {
      await mock.close();
    }
  });
});
