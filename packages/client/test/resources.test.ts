import { describe, expect, it } from 'vitest';
import { CaacError, CAAC_OPERATIONS as operations } from '../src/index.js';
import { RESOURCES } from '../src/resources.js';
import { clientWith, json, methods, rejectionOf } from './helpers.js';

type AnyMethod = (params?: Record<string, unknown>) => PromiseLike<unknown>;

describe('resource methods', () => {
  it('cover all 34 operations, each exactly once', () => {
    const ids = methods.map((m) => m.id);
    expect(ids).toHaveLength(34);
    expect(new Set(ids).size).toBe(34);
    expect([...ids].sort()).toEqual(Object.keys(operations).sort());
  });

  it('paginate exactly the three v2 lists', () => {
    expect(methods.filter((m) => m.paginated).map((m) => m.id)).toEqual([
      'listChannelsV2',
      'listTeams',
      'listUsers',
    ]);
    for (const m of methods.filter((x) => x.paginated)) {
      expect(operations[m.id].queryParams).toEqual(
        expect.arrayContaining(['limit', 'cursor', 'after', 'before']),
      );
    }
  });

  it.each(methods)(
    '$group.$name → $id sends path, query and body where the spec puts them',
    async (m) => {
      const op = operations[m.id];
      const path = Object.fromEntries(op.pathParams.map((name, i) => [name, `${name}/${i}`]));
      const query = Object.fromEntries(op.queryParams.map((name) => [name, `q:${name}`]));
      const body = op.hasBody ? { name: 'VIP', user_ids: [1, 2] } : {};
      const reply =
        op.successStatus === 204 ? new Response(null, { status: 204 }) : json({ answered: m.id });
      const { client, seen } = clientWith([reply]);

      const call = (client as unknown as Record<string, Record<string, AnyMethod>>)[m.group]?.[
        m.name
      ];
      const result = await call?.({ ...path, ...query, ...body });

      expect(seen).toHaveLength(1);
      const [request] = seen;
      expect(request?.method).toBe(op.method);
      // Path parameters are URL-encoded into the route template.
      expect(request?.url.pathname).toBe(
        op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(path[name] as string),
        ),
      );
      expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual(query);
      expect(request?.body).toBe(op.hasBody ? JSON.stringify(body) : '');
      expect(result).toEqual(op.successStatus === 204 ? undefined : { answered: m.id });
    },
  );

  it('refuses to call a route with a missing path parameter', async () => {
    const { client, seen } = clientWith([json({})]);
    // @ts-expect-error -- member_id is required
    const error = await rejectionOf(client.members.get({ channel_id: 1 }));
    expect(error).toBeInstanceOf(CaacError);
    expect(error.message).toBe('[@caac/client] getMemberById: missing path parameter `member_id`');
    expect(seen).toHaveLength(0);
  });

  it('sends an empty JSON object for a body-taking call with no body fields', async () => {
    const { client, seen } = clientWith([new Response(null, { status: 204 })]);
    // @ts-expect-error -- user_id is required by the spec; the runtime still sends valid JSON
    await client.conversations.close({ channel_id: 1, member_id: 2 });
    expect(seen[0]?.body).toBe('{}');
  });

  it('are plain properties on the same object as the typed path methods', () => {
    const { client } = clientWith([json({})]);
    expect(typeof client.GET).toBe('function');
    expect(typeof client.use).toBe('function');
    expect(Object.keys(client)).toEqual(expect.arrayContaining(Object.keys(RESOURCES)));
  });

  it('name the request path in errors even when a middleware replaces the response', async () => {
    const { client } = clientWith([json({})]);
    client.use({ onResponse: () => new Response('{"message":"denied"}', { status: 403 }) });
    const error = await rejectionOf(
      client.memberTags.remove({ member_id: 5, tag_id: 'a/b' as unknown as number }),
    );
    expect(error.message).toBe(
      '[@caac/client] removeMemberTag DELETE /caac/v1/members/5/tags/a%2Fb failed with status 403: denied',
    );
  });

  it('honour openapi-fetch middleware added with client.use()', async () => {
    const { client, seen } = clientWith([json({ tags: [] })]);
    client.use({
      onRequest({ request }) {
        request.headers.set('x-from-middleware', 'yes');
        return request;
      },
    });
    await client.tags.list();
    expect(seen[0]?.headers.get('x-from-middleware')).toBe('yes');
  });
});
