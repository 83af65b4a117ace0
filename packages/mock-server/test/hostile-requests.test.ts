import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { REQUEST_TIMEOUT_MS } from './helpers/http.js';

/** A request exactly as written (no URL normalisation, unlike fetch), with its parsed answer. */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; text: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    // Options, not a URL string: Node would parse the string with WHATWG URL and resolve `%2e%2e`.
    const { hostname, port } = new URL(base);
    const req = request({
      hostname,
      port,
      path,
      method,
      headers: { apikey: 'k', ...headers },
      agent: false,
      timeout: REQUEST_TIMEOUT_MS,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const isJson = String(res.headers['content-type'] ?? '').includes('json');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: isJson && text ? JSON.parse(text) : undefined,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
}, 60_000);
afterAll(() => mock.close());

/** The answer is in the spec's Error format, carries its X-Request-Id, and has a journal line. */
function expectError(
  answer: Awaited<ReturnType<typeof send>>,
  status: number,
  code: string,
  field?: string,
) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json');
  const requestId = answer.headers['x-request-id'];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(answer.json).toMatchObject({ code, message: expect.any(String), request_id: requestId });
  if (field) {
    expect((answer.json as { details: { field: string }[] }).details[0]?.field).toBe(field);
  }
  expect(mock.journal.entries.at(-1)).toMatchObject({ status, outcome: 'answered' });
}

describe('malformed requests get a 4xx in the Error format, never a 500', () => {
  it.each(['garbage', 'a/b/c', ',', '*/*;q=abc', 'text/html', 'application/json;q=0'])(
    'Accept: %s answers 406 on a JSON operation and on a 204 one',
    async (accept) => {
      expectError(
        await send(mock.url, 'GET', '/caac/v1/tags', { accept }),
        406,
        'not_acceptable',
        'header.accept',
      );
      expectError(
        await send(mock.url, 'DELETE', '/caac/v1/tags/3', { accept }),
        406,
        'not_acceptable',
      );
    },
  );

  it('an Accept that admits JSON among others is served JSON', async () => {
    const answer = await send(mock.url, 'GET', '/caac/v1/tags', {
      accept: 'text/html, application/json;q=0.5, garbage',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
  });

  it.each(['/caac/v1/backups/%FF%FE', '/caac/v1/users/%', '/caac/v1/users/%C0%AE%C0%AE'])(
    'a badly percent-encoded path (%s) answers 400',
    async (path) => {
      const answer = await send(mock.url, 'GET', path);
      expectError(answer, 400, 'bad_request', 'path');
      expect((answer.json as { message: string }).message).toContain('percent-encoded');
    },
  );

  it.each([
    ['invalid', 'malformed'],
    ['application/json; charset', 'malformed'],
    ['text/plain', 'not accepted'],
  ])('Content-Type: %s on an operation with a body answers 415', async (type, why) => {
    const answer = await send(
      mock.url,
      'POST',
      '/caac/v1/tags',
      { 'content-type': type },
      '{"name":"vip"}',
    );
    expectError(answer, 415, 'unsupported_media_type', 'header.content-type');
    expect((answer.json as { message: string }).message).toContain(why);
  });

  it('a body without Content-Type answers 415 saying it is missing', async () => {
    const answer = await send(mock.url, 'POST', '/caac/v1/tags', {}, '{"name":"vip"}');
    expectError(answer, 415, 'unsupported_media_type');
    expect((answer.json as { message: string }).message).toBe(
      'Content-Type is missing; send application/json',
    );
  });

  it('invalid JSON says where it broke, not what the example says', async () => {
    const answer = await send(
      mock.url,
      'POST',
      '/caac/v1/tags',
      { 'content-type': 'application/json' },
      '{\n  "name": "vip",\n}',
    );
    expectError(answer, 400, 'bad_request', 'body');
    const { details } = answer.json as { details: { message: string }[] };
    expect(details).toEqual([
      {
        field: 'body',
        message: 'Expected double-quoted property name at line 3, column 1 (character 19)',
      },
    ]);
  });
});

describe('integer path ids', () => {
  const odd = ['Infinity', '0x10', '+1', '1e3', '-0', '%20', '1.0', '99999999999999999999', 'abc'];

  it.each(odd)('"%s" gets the same documented 400 on every kind of operation', async (id) => {
    const read = await send(mock.url, 'GET', `/caac/v1/users/${id}`);
    const update = await send(
      mock.url,
      'PATCH',
      `/caac/v1/users/${id}`,
      { 'content-type': 'application/json' },
      '{"name":"x"}',
    );
    const remove = await send(mock.url, 'DELETE', `/caac/v1/users/${id}`);
    for (const answer of [read, update, remove]) {
      expectError(answer, 400, 'bad_request', 'path.user_id');
    }
  });

  it('plain decimal ids (and an encoded digit) still work', async () => {
    expect((await send(mock.url, 'GET', '/caac/v1/users/678')).status).toBe(200);
    expect((await send(mock.url, 'GET', '/caac/v1/users/%36')).status).toBe(200);
  });
});

describe('dot segments are never resolved into another operation', () => {
  it.each([
    '/caac/v1/teams/%2e%2e/users/678',
    '/caac/v1/teams/%2E%2E/users/678',
    '/caac/v1/teams/../users/678',
  ])('DELETE %s is removeTeamUser with a bad team id, not deleteUser', async (path) => {
    const answer = await send(mock.url, 'DELETE', path);
    expectError(answer, 400, 'bad_request', 'path.team_id');
    expect(mock.journal.entries.at(-1)?.operationId).toBe('removeTeamUser');
  });
});

describe('request ids', () => {
  it('every answer gets a fresh X-Request-Id', async () => {
    const ids = new Set<unknown>();
    for (let i = 0; i < 3; i += 1) {
      ids.add((await send(mock.url, 'GET', '/caac/v1/tags')).headers['x-request-id']);
      ids.add((await send(mock.url, 'GET', '/caac/v1/users/1')).headers['x-request-id']);
    }
    expect(ids.size).toBe(6);
  });

  it.each([
    ['a 404 chosen with Prefer', 'GET', '/caac/v1/users/1', { prefer: 'code=404' }, 404],
    ['a 401', 'GET', '/caac/v1/tags', { apikey: '' }, 401],
    ['a validation 400', 'GET', '/caac/v2/users?limit=5000', {}, 400],
  ] as const)(
    '%s carries the header id as request_id',
    async (_name, method, path, headers, status) => {
      const answer = await send(mock.url, method, path, headers);
      expect(answer.status).toBe(status);
      expect((answer.json as { request_id: string }).request_id).toBe(
        answer.headers['x-request-id'],
      );
    },
  );

  it('mock problems and preflights carry one too', async () => {
    const problem = await send(mock.url, 'GET', '/caac/v1/tags', { prefer: 'code=abc' });
    expect(problem.status).toBe(422);
    expect(problem.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Prefer controls are never silently ignored', () => {
  it.each([
    [
      'example=nope',
      '/caac/v1/tags/3',
      'DELETE',
      'deleteTag has no such example (it has badRequest,',
    ],
    ['seed=abc, dynamic=true', '/caac/v1/tags', 'GET', 'seed must be an integer'],
    ['example=', '/caac/v1/tags', 'GET', 'must name an example'],
    ['code=200, code=404', '/caac/v1/tags', 'GET', 'code is given twice'],
    ['example=tags; example=tags', '/caac/v1/tags', 'GET', 'example is given twice'],
  ])('Prefer: %s on %s answers 422 in the problem format', async (prefer, path, method, why) => {
    const answer = await send(mock.url, method, path, { prefer });
    expect(answer.status).toBe(422);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.json).toMatchObject({ title: 'Invalid Prefer header' });
    expect((answer.json as { detail: string }).detail).toContain(why);
  });

  it('an unknown example for the chosen status is refused too', async () => {
    const answer = await send(mock.url, 'GET', '/caac/v2/channels', {
      prefer: 'code=404, example=lastPage',
    });
    expect(answer.status).toBe(422);
  });

  it('a known example and an integer seed still work', async () => {
    expect(
      (await send(mock.url, 'GET', '/caac/v2/channels', { prefer: 'example=lastPage' })).status,
    ).toBe(200);
    expect(
      (await send(mock.url, 'GET', '/caac/v1/tags', { prefer: 'dynamic=true, seed=42' })).status,
    ).toBe(200);
  });
});

describe('HEAD', () => {
  it('works wherever GET does, with the headers and no body', async () => {
    const get = await send(mock.url, 'GET', '/caac/v1/tags');
    const head = await send(mock.url, 'HEAD', '/caac/v1/tags');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers['content-type']).toBe('application/json');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(mock.journal.entries.at(-1)).toMatchObject({ method: 'HEAD', operationId: 'listTags' });
  });

  it('HEAD on a route without GET still answers 405', async () => {
    expect((await send(mock.url, 'HEAD', '/caac/v1/backups')).status).toBe(405);
  });
});

describe('CORS', () => {
  it('echoes the Origin with Vary: Origin, and allows credentials only for loopback origins', async () => {
    const local = await send(mock.url, 'GET', '/caac/v1/tags', { origin: 'http://localhost:5173' });
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(local.headers['access-control-allow-credentials']).toBe('true');
    expect(local.headers.vary).toContain('Origin');

    const remote = await send(mock.url, 'GET', '/caac/v1/tags', { origin: 'https://evil.example' });
    expect(remote.headers['access-control-allow-origin']).toBe('https://evil.example');
    expect(remote.headers['access-control-allow-credentials']).toBeUndefined();
    expect(remote.headers.vary).toContain('Origin');

    const preflight = await send(mock.url, 'OPTIONS', '/caac/v1/tags', {
      origin: 'https://app.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'apikey, content-type',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers.vary).toContain('Origin');
    expect(preflight.headers['access-control-allow-headers']).toBe('apikey, content-type');
  });
});
