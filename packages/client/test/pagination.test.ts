import { describe, expect, it } from 'vitest';
import { CaacError, CaacNotFoundError } from '../src/index.js';
import { apiError, clientWith, json, rejectionOf, type Seen } from './helpers.js';

/** A users API with `total` users served `size` per page; cursors are the next offset. */
function usersApi(total: number, size: number) {
  return (seen: Seen) => {
    const offset = Number(seen.url.searchParams.get('cursor') ?? 0);
    const users = Array.from({ length: Math.min(size, total - offset) }, (_, i) => ({
      id: offset + i + 1,
    }));
    const next = offset + size < total ? String(offset + size) : null;
    return json({ users, cursor: { next, prev: offset ? String(offset - size) : null } });
  };
}

const cursorsSent = (seen: Seen[]) => seen.map((s) => s.url.searchParams.get('cursor'));

describe('v2 list pagination', () => {
  it('for await yields every item across pages, following cursor.next', async () => {
    const { client, seen } = clientWith([usersApi(5, 2)]);
    const ids: number[] = [];
    for await (const user of client.users.list({ limit: 2 })) ids.push(user.id as number);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(cursorsSent(seen)).toEqual([null, '2', '4']);
    expect(seen.every((s) => s.url.searchParams.get('limit') === '2')).toBe(true);
    expect(seen.every((s) => s.url.pathname === '/caac/v2/users')).toBe(true);
  });

  it('pages() yields whole pages as the API sent them', async () => {
    const { client } = clientWith([usersApi(3, 2)]);
    const pages = [];
    for await (const page of client.users.list({ limit: 2 }).pages()) pages.push(page);
    expect(pages).toEqual([
      { users: [{ id: 1 }, { id: 2 }], cursor: { next: '2', prev: null } },
      { users: [{ id: 3 }], cursor: { next: null, prev: '0' } },
    ]);
  });

  it('stopping early stops fetching', async () => {
    const { client, seen } = clientWith([usersApi(1000, 10)]);
    let count = 0;
    for await (const _user of client.users.list({ limit: 10 })) {
      if (++count === 15) break;
    }
    expect(seen).toHaveLength(2);
  });

  it('fetches lazily: nothing is sent until iteration starts', async () => {
    const { client, seen } = clientWith([usersApi(4, 2)]);
    const list = client.users.list();
    expect(seen).toHaveLength(0);
    const iterator = list[Symbol.asyncIterator]();
    await iterator.next();
    expect(seen).toHaveLength(1);
  });

  it('await gives the first page only', async () => {
    const { client, seen } = clientWith([usersApi(5, 2)]);
    const page = await client.users.list({ limit: 2 });
    expect(page.users).toEqual([{ id: 1 }, { id: 2 }]);
    expect(page.cursor?.next).toBe('2');
    expect(seen).toHaveLength(1);
  });

  it('a cursor the API already sent is an error, not an endless loop', async () => {
    let served = 0;
    const { client, seen } = clientWith([
      () => json({ teams: [{ id: ++served }], cursor: { next: served === 1 ? 'a' : 'b' } }),
    ]);
    const ids: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const team of client.teams.list()) ids.push(team.id);
      })(),
    );
    expect(error).toBeInstanceOf(CaacError);
    expect(error.message).toBe(
      '[@caac/client] listTeams: the API sent cursor "b" twice; stopping instead of looping',
    );
    expect(cursorsSent(seen)).toEqual([null, 'a', 'b']);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('stops with an error after maxPages pages', async () => {
    const { client, seen } = clientWith([usersApi(100, 1)]);
    const error = await rejectionOf(
      (async () => {
        for await (const _page of client.users.list({}, { maxPages: 3 }).pages()) {
          // read on
        }
      })(),
    );
    expect(error.message).toMatch(/listUsers: more than 3 pages; pass a larger `maxPages`/);
    expect(seen).toHaveLength(3);
  });

  it('treats an empty, missing or null next cursor as the last page', async () => {
    for (const cursor of [{ next: '' }, {}, undefined, { next: null }]) {
      const { client, seen } = clientWith([json({ channels: [{ id: 1 }], cursor })]);
      const ids = [];
      for await (const channel of client.channels.list()) ids.push(channel.id);
      expect(ids).toEqual([1]);
      expect(seen).toHaveLength(1);
    }
  });

  it('tolerates a page without its items key', async () => {
    const { client } = clientWith([json({ cursor: { next: null } })]);
    const items = [];
    for await (const user of client.users.list()) items.push(user);
    expect(items).toEqual([]);
  });

  it('starts where the caller says, then follows cursors instead of after/before', async () => {
    const { client, seen } = clientWith([usersApi(6, 2)]);
    for await (const _ of client.users.list({ limit: 2, after: '2' }).pages()) {
      // read all
    }
    expect(seen.map((s) => s.url.search)).toEqual([
      '?limit=2&after=2',
      '?limit=2&cursor=2',
      '?limit=2&cursor=4',
    ]);
  });

  it('passes API errors through the loop', async () => {
    const { client } = clientWith([usersApi(10, 2), apiError(404, 'gone')], { maxRetries: 0 });
    const error = await rejectionOf(
      (async () => {
        for await (const _ of client.users.list()) {
          // read all
        }
      })(),
    );
    expect(error).toBeInstanceOf(CaacNotFoundError);
  });

  it('passes per-call options to every page request', async () => {
    const { client, seen } = clientWith([usersApi(4, 2)]);
    for await (const _ of client.users.list({ limit: 2 }, { headers: { 'x-trace': 't1' } })) {
      // read all
    }
    expect(seen.map((s) => s.headers.get('x-trace'))).toEqual(['t1', 't1']);
  });
});
