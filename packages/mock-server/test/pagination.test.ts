import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';
import { responseExample } from './helpers/spec.js';

const LISTS = [
  ['/caac/v2/channels', 'channels'],
  ['/caac/v2/teams', 'teams'],
  ['/caac/v2/users', 'users'],
] as const;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

const headers = { apikey: 'pagination-key' };

interface Page {
  cursor: { next: string | null };
}

describe('pagination: a continued list request gets the lastPage example', () => {
  it.each(LISTS)(
    '%s: firstPage without a cursor, lastPage with one, so a walk ends',
    async (path, field) => {
      const pages: unknown[] = [];
      let query = '';
      for (let i = 0; i < 5; i += 1) {
        const { status, body } = await call(mock.url, `${path}${query}`, { headers });
        expect(status).toBe(200);
        pages.push(body);
        const next = (body as Page).cursor.next;
        if (next === null) break;
        query = `?limit=2&cursor=${encodeURIComponent(next)}`;
      }
      expect(pages).toEqual([
        responseExample(path, 'get', '200', 'firstPage'),
        responseExample(path, 'get', '200', 'lastPage'),
      ]);
      expect(pages[0]).toHaveProperty(field);
      expect(mock.journal.entries.at(-1)?.scenario.example).toBe('lastPage');
    },
  );

  it.each(['after', 'before'])('the %s alias counts as a cursor', async (alias) => {
    const { body } = await call(mock.url, `/caac/v2/users?${alias}=eyJpZCI6MX0`, { headers });
    expect((body as Page).cursor.next).toBeNull();
  });

  it('Prefer still wins: example=firstPage with a cursor answers firstPage', async () => {
    const { body } = await call(mock.url, '/caac/v2/channels?cursor=abc', {
      headers: { ...headers, prefer: 'example=firstPage' },
    });
    expect((body as Page).cursor.next).not.toBeNull();
  });

  it('Prefer code=429 with a cursor answers 429, not lastPage', async () => {
    const { status } = await call(mock.url, '/caac/v2/channels?cursor=abc', {
      headers: { ...headers, prefer: 'code=429' },
    });
    expect(status).toBe(429);
  });

  it('operations without a lastPage example are left alone', async () => {
    const { status } = await call(mock.url, '/caac/v1/tags?cursor=abc', { headers });
    expect(status).toBe(200);
    expect(mock.journal.entries.at(-1)?.scenario.example).toBeUndefined();
  });
});
