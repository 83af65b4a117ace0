import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';
import { responseExample } from './helpers/spec.js';

const KEY = 'scenario-key';
let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY] });
});
afterAll(() => mock.close());

const get = (path: string, prefer?: string) =>
  call(mock.url, path, { headers: { apikey: KEY, ...(prefer ? { prefer } : {}) } });

describe('Prefer: choosing a status or an example per request', () => {
  it('answers the first documented 2xx example by default', async () => {
    const { status, body } = await get('/caac/v2/channels');
    expect(status).toBe(200);
    expect(body).toEqual(responseExample('/caac/v2/channels', 'get', '200', 'firstPage'));
  });

  it('code=404 answers the operation’s own 404 in the Error format', async () => {
    const { status, body, headers } = await get('/caac/v1/users/1', 'code=404');
    expect(status).toBe(404);
    expect(body).toEqual({
      ...(responseExample('/caac/v1/users/{user_id}', 'get', '404', 'notFound') as object),
      request_id: headers.get('x-request-id'),
    });
    expect(mock.journal.entries.at(-1)?.scenario).toMatchObject({ code: 404 });
  });

  it('example=<name> answers that named example', async () => {
    const { status, body } = await get('/caac/v2/channels', 'example=lastPage');
    expect(status).toBe(200);
    expect(body).toEqual(responseExample('/caac/v2/channels', 'get', '200', 'lastPage'));
  });

  it('code and example combine, e.g. a 503 with its maintenance example', async () => {
    const { status, body, headers } = await get('/caac/v1/tags', 'code=503, example=maintenance');
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'service_unavailable' });
    expect(headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('code=429 carries the spec’s Retry-After header', async () => {
    const { status, headers, body } = await get('/caac/v1/tags', 'code=429');
    expect(status).toBe(429);
    expect(Number(headers.get('retry-after'))).toBeGreaterThanOrEqual(0);
    expect(body).toMatchObject({ code: 'rate_limited' });
  });

  it('Prism’s __code query fallback works when there is no Prefer header', async () => {
    const { status } = await get('/caac/v1/tags?__code=403');
    expect(status).toBe(403);
  });

  it('an unknown example or an undeclared status is reported, not silently ignored', async () => {
    const unknown = await get('/caac/v1/tags', 'example=doesNotExist');
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(unknown.body).toMatchObject({
      title: 'Invalid Prefer header',
      detail: expect.stringContaining('listTags has no such example (it has tags, '),
    });
    const undeclared = await get('/caac/v1/tags', 'code=418');
    expect(undeclared.status).toBe(404);
  });

  it('a malformed Prefer answers 422 problem+json saying what is wrong', async () => {
    const { status, body, headers } = await get('/caac/v1/tags', 'code=abc');
    expect(status).toBe(422);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({ detail: expect.stringContaining('3-digit') });
  });

  it('dynamic=true generates data from the schema instead of the example', async () => {
    const { status, body } = await get('/caac/v1/tags', 'dynamic=true');
    expect(status).toBe(200);
    expect(body).toHaveProperty('tags');
    expect(body).not.toEqual(responseExample('/caac/v1/tags', 'get', '200', 'tags'));
  });
});

describe('request validation', () => {
  it('an invalid request gets the spec’s 400/422 and the violation is journaled', async () => {
    const res = await call(mock.url, '/caac/v1/tags', {
      method: 'POST',
      headers: { apikey: KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 42 }),
    });
    expect([400, 422]).toContain(res.status);
    expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(res.headers.get('sl-violations')).toContain('name');
    const entry = mock.journal.entries.at(-1);
    expect(entry?.violations.request[0]).toMatchObject({
      location: ['request', 'body', 'name'],
      severity: 'error',
    });
  });

  it('a valid request body passes', async () => {
    const res = await call(mock.url, '/caac/v1/tags', {
      method: 'POST',
      headers: { apikey: KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '新品詢問' }),
    });
    expect(res.status).toBe(200);
    expect(mock.journal.entries.at(-1)?.violations.request).toEqual([]);
  });

  it('malformed JSON answers 400 in the Error format', async () => {
    const res = await call(mock.url, '/caac/v1/tags', {
      method: 'POST',
      headers: { apikey: KEY, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'bad_request',
      message:
        'request body is not valid JSON: Unexpected end of JSON input at line 1, column 10 (character 9)',
      request_id: res.headers.get('x-request-id'),
      details: [
        {
          field: 'body',
          message: 'Unexpected end of JSON input at line 1, column 10 (character 9)',
        },
      ],
    });
  });

  it('unknown routes answer Prism’s 404 problem document', async () => {
    const res = await call(mock.url, '/caac/v9/nothing', { headers: { apikey: KEY } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: expect.stringContaining('NO_PATH_MATCHED') });
  });
});
