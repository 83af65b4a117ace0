import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';
import { responseExample } from './helpers/spec.js';

describe('with configured keys', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ apiKeys: ['key-one', 'key-two'] });
  });
  afterAll(() => mock.close());

  it.each(['key-one', 'key-two'])('accepts %s', async (apikey) => {
    expect((await call(mock.url, '/caac/v1/tags', { headers: { apikey } })).status).toBe(200);
  });

  it('answers 401 in the spec’s Error format for an unknown key', async () => {
    const { status, body, headers } = await call(mock.url, '/caac/v1/tags', {
      headers: { apikey: 'key-three' },
    });
    expect(status).toBe(401);
    const example = responseExample('/caac/v1/tags', 'get', '401', 'unauthorized') as object;
    const request_id = headers.get('x-request-id');
    expect(body).toEqual({ ...example, message: 'unknown API key', request_id });
    expect(mock.journal.entries.at(-1)?.apiKey).toBe('unknown');
  });

  it('answers 401 for a missing or empty key', async () => {
    for (const headers of [{}, { apikey: '' }] as Record<string, string>[]) {
      const { status, body } = await call(mock.url, '/caac/v2/channels', { headers });
      expect(status).toBe(401);
      expect(body).toMatchObject({ code: 'unauthorized', message: 'missing apikey header' });
      expect(mock.journal.entries.at(-1)?.apiKey).toBe('missing');
    }
  });

  it('checks the key before the body, so a bad body with a bad key is a 401', async () => {
    const { status } = await call(mock.url, '/caac/v1/tags', {
      method: 'POST',
      headers: { apikey: 'nope', 'content-type': 'application/json' },
      body: '{',
    });
    expect(status).toBe(401);
  });

  it('never shows a key in the journal', async () => {
    await call(mock.url, '/caac/v1/tags', { headers: { apikey: 'key-one' } });
    await call(mock.url, '/caac/v1/tags?apikey=key-two', { headers: { apikey: 'key-three' } });
    const journal = JSON.stringify(mock.journal.entries);
    expect(journal).not.toContain('key-one');
    expect(journal).not.toContain('key-two');
    expect(journal).not.toContain('key-three');
    expect(journal).toContain('apikey=***');
  });
});

describe('without configured keys', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());

  it('accepts any non-empty key, like plain Prism', async () => {
    expect(
      (await call(mock.url, '/caac/v1/tags', { headers: { apikey: 'anything' } })).status,
    ).toBe(200);
  });

  it('still answers 401 without a key', async () => {
    expect((await call(mock.url, '/caac/v1/tags')).status).toBe(401);
  });
});

describe('operations that need no key', () => {
  it('are answered without one', async () => {
    const mock = await startMockServer({
      spec: 'test/fixtures/mini-caac.openapi.json',
      apiKeys: ['k'],
    });
    try {
      expect((await call(mock.url, '/health')).status).toBe(200);
      expect(mock.journal.entries.at(-1)?.apiKey).toBe('not-required');
    } finally {
      await mock.close();
    }
  });
});
