import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CaacApiError,
  type CaacClient,
  type CaacClientOptions,
  createCaacClient,
  createCaacCoreClient,
  CAAC_OPERATIONS as operations,
  REDACTED,
} from '../src/index.js';
import {
  API_KEY,
  apiError,
  BASE_URL,
  clientWith,
  json,
  methods,
  observe,
  rejectionOf,
} from './helpers.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Stubs the global fetch with a recorder of its raw arguments, answering `reply()` each time. */
function stubGlobalFetch(reply: () => Response) {
  const calls: { input: unknown; init: RequestInit | undefined }[] = [];
  vi.stubGlobal('fetch', (input: unknown, init?: RequestInit) => {
    calls.push({ input, init });
    return Promise.resolve(reply());
  });
  return calls;
}

type AnyMethod = (params?: Record<string, unknown>) => PromiseLike<unknown>;
const methodOf = (client: CaacClient, group: string, name: string) =>
  (client as unknown as Record<string, Record<string, AnyMethod>>)[group]?.[name] as AnyMethod;

describe('with the global fetch, a call builds no Request of its own', () => {
  it('resource methods call fetch(url string, init) with method, headers, body and a signal', async () => {
    const calls = stubGlobalFetch(() => json({ id: 1, name: 'VIP' }));
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: BASE_URL });
    await client.tags.create({ name: 'VIP' });
    expect(calls).toHaveLength(1);
    const [{ input, init } = { input: undefined, init: undefined }] = calls;
    expect(input).toBe(`${BASE_URL}/caac/v1/tags`);
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"VIP"}');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    const headers = new Headers(init?.headers);
    expect(headers.get('apikey')).toBe(API_KEY);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-caac-client')).toMatch(/^@caac\/client\//);
  });

  it('the typed path client passes the URL string and init as well', async () => {
    const calls = stubGlobalFetch(() => json({ tags: [] }));
    const raw = createCaacCoreClient({ apiKey: API_KEY, baseUrl: BASE_URL });
    const { data } = await raw.GET('/caac/v1/tags');
    expect(data).toEqual({ tags: [] });
    expect(typeof calls[0]?.input).toBe('string');
    expect(new Headers(calls[0]?.init?.headers).get('apikey')).toBe(API_KEY);
  });

  it('an explicitly passed global fetch is called the same way', async () => {
    const calls = stubGlobalFetch(() => json({ tags: [] }));
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: globalThis.fetch,
    });
    await client.tags.list();
    expect(typeof calls[0]?.input).toBe('string');
  });

  it('a custom fetch still receives one Request, as documented', async () => {
    const received: unknown[][] = [];
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch: (...args: unknown[]) => {
        received.push(args);
        return Promise.resolve(json({ tags: [] }));
      },
    });
    await client.tags.list();
    expect(received).toHaveLength(1);
    expect(received[0]).toHaveLength(1);
    expect(received[0]?.[0]).toBeInstanceOf(Request);
  });
});

describe('resource methods with and without openapi-fetch middleware', () => {
  // A middleware that changes nothing: it only moves resource calls onto the openapi-fetch path.
  const passThrough = { onRequest: () => undefined };

  /** One call through the direct path and one through openapi-fetch, against the same answer. */
  async function bothPaths(
    call: (client: CaacClient) => PromiseLike<unknown>,
    answer: () => Response,
    options: CaacClientOptions = {},
  ) {
    const run = async (withMiddleware: boolean) => {
      const { client, seen } = clientWith([answer], { maxRetries: 0, ...options });
      if (withMiddleware) client.use(passThrough);
      const outcome = await Promise.resolve(call(client)).then(
        (value) => ({ value }),
        (error: Error) => ({ error: { name: error.name, ...JSON.parse(JSON.stringify(error)) } }),
      );
      const [request] = seen;
      return {
        outcome,
        request: request && {
          method: request.method,
          url: request.url.href,
          headers: Object.fromEntries(request.headers),
          body: request.body,
        },
      };
    };
    return { direct: await run(false), openapiFetch: await run(true) };
  }

  it.each(methods)('$group.$name sends the same request either way', async (m) => {
    const op = operations[m.id];
    const params = {
      ...Object.fromEntries(op.pathParams.map((name) => [name, `a b/${name}`])),
      ...Object.fromEntries(op.queryParams.map((name) => [name, `q&${name}=é`])),
      ...(op.hasBody ? { name: 'VIP', user_ids: [1, 2], note: null } : {}),
    };
    const { direct, openapiFetch } = await bothPaths(
      (client) => methodOf(client, m.group, m.name)(params),
      () => (op.successStatus === 204 ? new Response(null, { status: 204 }) : json({ ok: m.id })),
    );
    expect(direct).toEqual(openapiFetch);
  });

  it.each([
    ['JSON', () => json({ tags: [{ id: 1 }] })],
    ['an empty 200 without Content-Length', () => new Response('', { status: 200 })],
    ['a 204', () => new Response(null, { status: 204 })],
    ['a JSON error', () => apiError(404, 'gone', { 'x-request-id': 'r-1' })],
    ['an error without a body', () => new Response(null, { status: 400 })],
    [
      'an error with Content-Length 0',
      () => new Response('', { status: 409, headers: { 'content-length': '0' } }),
    ],
    ['a text error', () => new Response('<html>Bad Gateway</html>', { status: 502 })],
    ['invalid JSON with status 200', () => new Response('{"tags":', { status: 200 })],
  ] as const)('parse %s the same way either way', async (_, answer) => {
    const { direct, openapiFetch } = await bothPaths((client) => client.tags.list(), answer);
    expect(direct.outcome).toEqual(openapiFetch.outcome);
  });

  it('header precedence is the same: per call over client-wide, any spelling; null removes', async () => {
    const { direct, openapiFetch } = await bothPaths(
      (client) =>
        client.tags.create(
          { name: 'VIP' },
          { headers: { 'x-team': 'b', 'X-Drop': null as unknown as string } },
        ),
      () => json({ id: 1 }),
      { headers: { 'X-Team': 'a', 'x-drop': 'gone', 'User-Agent': 'my-app/1.0' } },
    );
    expect(direct).toEqual(openapiFetch);
    expect(direct.request?.headers['x-team']).toBe('b');
    expect(direct.request?.headers['user-agent']).toBe('my-app/1.0');
    expect(direct.request?.headers).not.toHaveProperty('x-drop');
  });

  it('eject() brings resource methods back to the direct path', async () => {
    const seenByMiddleware: string[] = [];
    const middleware = {
      onRequest({ request }: { request: Request }) {
        seenByMiddleware.push(request.url);
      },
    };
    const { client } = clientWith([json({ tags: [] })]);
    client.use(middleware);
    await client.tags.list();
    client.eject(middleware);
    await client.tags.list();
    expect(seenByMiddleware).toEqual([`${BASE_URL}/caac/v1/tags`]);
  });

  it('an invalid middleware still throws and changes nothing', async () => {
    const { client } = clientWith([json({ tags: [] })]);
    // @ts-expect-error -- not a middleware
    expect(() => client.use({ nothing: true })).toThrow(/Middleware must be an object/);
    await expect(client.tags.list()).resolves.toEqual({ tags: [] });
  });
});

describe('redaction of client-wide credential headers', () => {
  it('masks their values in API errors, as it masks the key', async () => {
    const token = 'Bearer proxy-token-abc123';
    const { fetch } = observe(apiError(401, `token ${token} expired`));
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch,
      headers: { Authorization: token },
    });
    const error = (await rejectionOf(client.tags.list())) as CaacApiError;
    expect(error).toBeInstanceOf(CaacApiError);
    expect(error.message).toContain(`token ${REDACTED} expired`);
    expect(JSON.stringify(error)).not.toContain(token);
  });
});
