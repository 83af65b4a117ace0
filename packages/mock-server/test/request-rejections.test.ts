import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';

const headers = { apikey: 'k', 'content-type': 'application/json' };
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.close());

describe('invalid requests are answered with their real problems, in the spec Error format', () => {
  it('names the body field with the wrong type (422)', async () => {
    const {
      status,
      body,
      headers: answer,
    } = await call(mock.url, '/caac/v1/tags', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 42 }),
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('name must be string'),
      details: [{ field: 'body.name', message: expect.stringContaining('must be string') }],
    });
    expect(answer.get('x-request-id')).toBe((body as { request_id: string }).request_id);
  });

  it('lists every missing required field, not the documented example', async () => {
    const { status, body } = await call(mock.url, '/caac/v1/backups', {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel_id: 1024 }),
    });
    expect(status).toBe(422);
    const details = (body as { details: { message: string }[] }).details.map((d) => d.message);
    expect(details.join(' ')).toContain('started_at');
    expect(details.join(' ')).toContain('ended_at');
    expect((body as { message: string }).message).toMatch(/\(and 1 more\)$/);
  });

  it('names the query parameter out of range (400)', async () => {
    const { status, body } = await call(mock.url, '/caac/v2/users?limit=5000', { headers });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'bad_request',
      details: [{ field: 'query.limit', message: expect.stringContaining('<= 1000') }],
    });
  });

  it('keeps the documented example when the caller asks for it with Prefer', async () => {
    const { status, body } = await call(mock.url, '/caac/v2/users?limit=5000', {
      headers: { ...headers, prefer: 'code=400' },
    });
    expect(status).toBe(400);
    expect((body as { message: string }).message).not.toContain('request is invalid');
  });
});
