import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { specProblems, specValidFetch } from './helpers/spec-valid-fetch.js';

let mock: MockServer;
const checkedFetch = specValidFetch();
const call = async (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const response = await checkedFetch(`${mock.url}${path}`, {
    method,
    headers: { apikey: 'http-key', 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
};

beforeAll(async () => {
  mock = await startMockServer({ stateful: true, apiKeys: ['http-key', 'other-key'] });
});
afterAll(() => mock.close());

describe('stateful answers over HTTP', () => {
  it('the spec check itself rejects a wrong body (so passing it means something)', async () => {
    const headers = new Headers({ 'X-Request-Id': 'r1' });
    expect(
      await specProblems('GET', '/caac/v1/tags', 200, headers, { tags: [{ id: 'x' }] }),
    ).toEqual([expect.stringContaining('must be integer')]);
    expect(await specProblems('GET', '/caac/v1/tags', 201, headers, {})).toEqual([
      'listTags does not declare status 201',
    ]);
  });

  it('checks parameters and bodies against the spec before the model', async () => {
    const badPath = await call('GET', '/caac/v2/teams/abc');
    expect(badPath.status).toBe(400);
    // The same documented 400 as in example mode (the request checks run before either answers).
    expect(badPath.body.details).toEqual([
      { field: 'path.team_id', message: 'must be a decimal integer, got "abc"' },
    ]);
    const missing = await call('POST', '/caac/v1/tags');
    expect(missing.status).toBe(422);
    const wrong = await call('POST', '/caac/v1/teams', { description: 5 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'body.description',
      'body.name',
    ]);
  });

  it('names the id in every not-found answer, with the request id in body and header', async () => {
    const answer = await call('GET', '/caac/v1/channels/1024/members/557120');
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe('member 557120 in channel 1024 does not exist');
    expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
    const user = await call('GET', '/caac/v1/users?external_user_id=nobody');
    expect(user.body.message).toBe('user with external_user_id "nobody" does not exist');
  });

  it('still answers 401 for unknown keys and lets faults through before the model', async () => {
    const unknown = await fetch(`${mock.url}/caac/v1/tags`, { headers: { apikey: 'nope' } });
    expect(unknown.status).toBe(401);
    // Plain fetch: a fault is the mock's answer, not the simulator's (its request_id is mockError's).
    const faulted = await fetch(`${mock.url}/caac/v1/tags`, {
      method: 'POST',
      headers: {
        apikey: 'http-key',
        'content-type': 'application/json',
        'x-caac-mock-fault': '429',
      },
      body: JSON.stringify({ name: 'faulted' }),
    });
    expect(faulted.status).toBe(429);
    const tags = await call('GET', '/caac/v1/tags');
    expect(tags.body.tags.map((t: { name: string }) => t.name)).not.toContain('faulted');
    expect(mock.journal.entries.at(-1)?.operationId).toBe('listTags');
  });

  it('walks pages forward with next and back with prev; one cursor parameter at a time', async () => {
    const first = await call('GET', '/caac/v2/users?limit=2');
    expect(first.body.users.map((u: { id: number }) => u.id)).toEqual([678, 702]);
    expect(first.body.cursor.prev).toBeNull();
    const second = await call('GET', `/caac/v2/users?limit=2&after=${first.body.cursor.next}`);
    expect(second.body.users.map((u: { id: number }) => u.id)).toEqual([715]);
    expect(second.body.cursor.next).toBeNull();
    const back = await call('GET', `/caac/v2/users?limit=2&before=${second.body.cursor.prev}`);
    expect(back.body.users.map((u: { id: number }) => u.id)).toEqual([678, 702]);
    const both = await call(
      'GET',
      `/caac/v2/users?cursor=${first.body.cursor.next}&after=${first.body.cursor.next}`,
    );
    expect(both.status).toBe(400);
    expect(both.body.message).toBe(
      'send the cursor in one of cursor, after or before, not cursor and after',
    );
  });

  it('serves the control plane: snapshot, load, reset, schema; with problems for bad input', async () => {
    const snapshot = await fetch(`${mock.url}/__caac-mock/snapshot`, {
      headers: { apikey: 'other-key' },
    });
    const state = await snapshot.json();
    expect(state.organization.name).toBe('晨光選物');
    expect(JSON.stringify(state)).not.toContain('other-key');
    state.tags.push({ id: 99, name: 'loaded' });
    const load = await fetch(`${mock.url}/__caac-mock/snapshot`, {
      method: 'PUT',
      headers: { apikey: 'other-key', 'content-type': 'application/json' },
      body: JSON.stringify(state),
    });
    expect(load.status).toBe(204);
    expect(mock.snapshot('other-key').tags?.map((t) => t.name)).toContain('loaded');
    const broken = await fetch(`${mock.url}/__caac-mock/snapshot`, {
      method: 'PUT',
      headers: { apikey: 'other-key', 'content-type': 'application/json' },
      body: JSON.stringify({
        members: [{ id: 1, channel_id: 5, external_member_id: 'U', tag_ids: [8] }],
      }),
    });
    expect(broken.status).toBe(422);
    expect((await broken.json()).errors).toEqual([
      '/members/0/channel_id: channel 5 does not exist',
      '/members/0/tag_ids/0: tag 8 does not exist',
    ]);
    expect(mock.snapshot('other-key').tags?.map((t) => t.name)).toContain('loaded');
    const noKey = await fetch(`${mock.url}/__caac-mock/snapshot`);
    expect(noKey.status).toBe(401);
    const schema = await fetch(`${mock.url}/__caac-mock/seed-schema`);
    expect((await schema.json()).title).toContain('caac-mock organization');
    const unknown = await fetch(`${mock.url}/__caac-mock/nothing`);
    expect(unknown.status).toBe(404);
    expect(() => mock.load('other-key', { tags: [{ id: 1 }] })).toThrow(
      "/tags/0: must have required property 'name'",
    );
  });

  it('refuses a seed object without stateful mode', async () => {
    await expect(startMockServer({ seed: { tags: [] } })).rejects.toThrow(
      'a seed object need stateful: true',
    );
  });
});

describe('stateful answers to odd input', () => {
  it('answers 400, not 500, for a path parameter with broken percent-encoding', async () => {
    const answer = await call('GET', '/caac/v2/users/%E0%A4%A');
    expect(answer.status).toBe(400);
  });

  it('changes only the documented fields of a user, whatever else the body carries', async () => {
    const answer = await call('PATCH', '/caac/v1/users/678', {
      id: 5,
      chat_name: 'Ting',
      role_type: 'admin',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: 678, chat_name: 'Ting', role_type: 'agent' });
    expect((await call('GET', '/caac/v2/users/678')).body.id).toBe(678);
    const team = await call('POST', '/caac/v1/teams', {
      name: 'Odd',
      user_ids: [999],
      editable: false,
    });
    expect(team.body).toMatchObject({ name: 'Odd', editable: true });
    expect(mock.snapshot('http-key').teams?.find((t) => t.name === 'Odd')?.user_ids).toEqual([]);
  });
});

describe('stateful mode on a forked spec', () => {
  it('answers the CAAC operations from the model and leaves an extra route to its examples', async () => {
    const ok = (example: unknown) => ({
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: { type: 'object' },
            examples: { only: { value: example } },
          },
        },
      },
    });
    const fork = {
      openapi: '3.1.0',
      info: { title: 'fork', version: '1' },
      security: [{ apikey: [] }],
      components: { securitySchemes: { apikey: { type: 'apiKey', in: 'header', name: 'apikey' } } },
      paths: {
        '/caac/v1/tags': { get: { operationId: 'listTags', responses: ok({ tags: [] }) } },
        '/caac/v1/ping': { get: { operationId: 'ping', responses: ok({ pong: true }) } },
      },
    };
    const forked = await startMockServer({ stateful: true, spec: fork });
    try {
      const headers = { apikey: 'fork-key' };
      const tags = await (await fetch(`${forked.url}/caac/v1/tags`, { headers })).json();
      expect(tags.tags).toHaveLength(3);
      const ping = await fetch(`${forked.url}/caac/v1/ping`, { headers });
      expect(ping.status).toBe(200);
      expect(await ping.json()).toEqual({ pong: true });
    } finally {
      await forked.close();
    }
  });
});
