import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';
import { exampleCases } from './helpers/spec-requests.js';

// With response validation as errors, each documented example is served only if it still
// matches its schema: the whole spec is checked through the mock, not just one route.
const cases = exampleCases();
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ errors: true });
});
afterAll(() => mock.close());

describe('every documented response example is served, valid, by Prefer', () => {
  it('covers all 34 platform operations', () => {
    expect(new Set(cases.map((c) => c.operationId)).size).toBe(34);
  });

  it.each(cases.map((c) => [`${c.operationId} ${c.status} ${c.example}`, c] as const))(
    '%s',
    async (_, c) => {
      const res = await call(mock.url, c.url, {
        method: c.method,
        headers: {
          apikey: 'examples-key',
          prefer: `code=${c.status}, example=${c.example}`,
          ...(c.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      const entry = mock.journal.entries.at(-1);
      expect(entry?.violations, JSON.stringify(res.body)).toEqual({ request: [], response: [] });
      expect(res.status).toBe(Number(c.status));
    },
  );
});
