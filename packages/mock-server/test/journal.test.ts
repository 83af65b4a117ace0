import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  formatJournalLine,
  type JournalEntry,
  type MockServer,
  startMockServer,
} from '../src/index.js';
import { call } from './helpers/http.js';

const KEY = 'journal-secret-key';
const seen: JournalEntry[] = [];
let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY], onRequest: (entry) => seen.push(entry) });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.journal.clear();
  seen.length = 0;
});

describe('journal', () => {
  it('records every request: method, url, operation, key verdict, status, duration', async () => {
    await call(mock.url, '/caac/v2/channels?limit=2', { headers: { apikey: KEY } });
    await call(mock.url, '/caac/v1/tags');
    const [first, second] = mock.journal.entries;
    expect(first).toMatchObject({
      id: expect.any(Number),
      method: 'GET',
      url: '/caac/v2/channels?limit=2',
      operationId: 'listChannelsV2',
      apiKey: 'valid',
      status: 200,
      outcome: 'answered',
      violations: { request: [], response: [] },
    });
    expect(first?.durationMs).toBeGreaterThan(0);
    expect(Date.parse(first?.receivedAt ?? '')).not.toBeNaN();
    expect(second).toMatchObject({ operationId: 'listTags', apiKey: 'missing', status: 401 });
    expect(second?.id).toBeGreaterThan(first?.id ?? Number.POSITIVE_INFINITY);
  });

  it('records request violations', async () => {
    await call(mock.url, '/caac/v2/channels?limit=5000', { headers: { apikey: KEY } });
    const entry = mock.journal.entries.at(-1);
    expect(entry?.status).toBeGreaterThanOrEqual(400);
    expect(entry?.violations.request).toContainEqual(
      expect.objectContaining({ location: ['request', 'query', 'limit'], severity: 'error' }),
    );
  });

  it('calls onRequest with the same entries', async () => {
    await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } });
    expect(seen).toEqual(mock.journal.entries);
  });

  it('clear() empties it', async () => {
    await call(mock.url, '/caac/v1/tags', { headers: { apikey: KEY } });
    mock.journal.clear();
    expect(mock.journal.entries).toEqual([]);
  });

  it('formats one line per entry without any key', async () => {
    await call(mock.url, `/caac/v1/tags?apikey=${KEY}`, {
      headers: { apikey: KEY, 'x-caac-mock-fault': '429;retry-after=2' },
    });
    await call(mock.url, '/caac/v2/channels?limit=5000', { headers: { apikey: KEY } });
    const lines = mock.journal.entries.map(formatJournalLine);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} {2}429 {2}GET +\/caac\/v1\/tags\?apikey=\*\*\* {2}\d+ ms {2}listTags {2}fault 429;retry-after=2$/,
    );
    expect(lines[1]).toContain('violation: request.query.limit');
    expect(mock.journal.entries[0]?.apiKey).toBe('valid');
    expect(lines.join('\n')).not.toContain(KEY);
  });
});

describe('journal limit', () => {
  it('keeps only the newest entries', async () => {
    const small = await startMockServer({ journalLimit: 2 });
    try {
      for (let i = 0; i < 4; i += 1)
        await call(small.url, `/caac/v1/tags?n=${i}`, { headers: { apikey: 'k' } });
      expect(small.journal.entries.map((e) => e.url)).toEqual([
        '/caac/v1/tags?n=2',
        '/caac/v1/tags?n=3',
      ]);
    } finally {
      await small.close();
    }
  });
});
