import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNodeTransport, type NodeTransport } from '../node/node-transport.js';
import {
  CaacConnectionError,
  CaacNotFoundError,
  CaacTimeoutError,
  createCaacClient,
  createCaacCoreClient,
  TAKES_URL_AND_INIT,
} from '../src/index.js';
import { closedBase, type Loopback, loopback } from './loopback.js';

type FetchLike = NodeTransport;

const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

let api: Loopback;
let closed: string;
const transport = createNodeTransport();

beforeAll(async () => {
  api = await loopback({
    '/json': (req, res) =>
      json(res, 200, { tags: [{ id: 1 }], apikey: req.headers.apikey ?? null }),
    '/echo': (req, res, body) =>
      json(res, 200, { method: req.method, contentType: req.headers['content-type'], body }),
    '/utf8': (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end('\uFEFF{"name":"標籤 ✓"}');
    },
    '/bad-json': (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"name":');
    },
    '/empty': (_, res) => {
      res.writeHead(204);
      res.end();
    },
    '/cookies': (_, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.setHeader('x-multi', ['x', 'y']);
      json(res, 200, {});
    },
    '/slow': (_, res) => {
      setTimeout(() => json(res, 200, {}), 300);
    },
    '/drop': (req) => req.socket.destroy(),
    '/redirect': (_, res) => {
      res.writeHead(302, { location: '/json' });
      res.end();
    },
  });
  closed = await closedBase();
});

afterAll(async () => {
  await api.close();
});

/** What a caller can observe of one exchange, or of how it failed. */
async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify((await run()) ?? null).replaceAll(api.base, 'BASE'));
  } catch (error) {
    return { threw: error instanceof Error ? error.constructor.name : String(error) };
  }
}

// Each case runs through Node's global fetch and through the transport; the outcomes must match.
const cases: [string, (f: FetchLike) => Promise<unknown>][] = [
  [
    'GET JSON: status, statusText, headers, body, bodyUsed, url',
    async (f) => {
      const res = await f(`${api.base}/json`, { headers: { apikey: 'k' } });
      const before = res.bodyUsed;
      const body = await res.json();
      const { status, statusText, ok, url } = res;
      return [
        status,
        statusText,
        ok,
        res.headers.get('content-type'),
        before,
        res.bodyUsed,
        body,
        url,
      ];
    },
  ],
  [
    'GET through a Request object (as openapi-fetch calls it)',
    async (f) => {
      const res = await f(new Request(`${api.base}/json?x=1`, { headers: { apikey: 'k' } }));
      return [res.status, await res.text()];
    },
  ],
  [
    'reading the body twice rejects with TypeError',
    async (f) => {
      const res = await f(`${api.base}/json`);
      await res.text();
      return res.json().then(
        () => 'resolved',
        (e: Error) => [e.constructor.name, res.bodyUsed],
      );
    },
  ],
  [
    'clone() gives two readable bodies',
    async (f) => {
      const res = await f(`${api.base}/json`);
      const copy = res.clone();
      return [await res.text(), await copy.json(), copy.status];
    },
  ],
  [
    'body as a stream, arrayBuffer() and blob()',
    async (f) => {
      const reader = ((await f(`${api.base}/json`)).body as ReadableStream<Uint8Array>).getReader();
      let bytes = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read())
        bytes += r.value.byteLength;
      const a = await (await f(`${api.base}/json`)).arrayBuffer();
      const b = await (await f(`${api.base}/json`)).blob();
      return [bytes, a.byteLength, a instanceof ArrayBuffer, b.size, b.type];
    },
  ],
  [
    'UTF-8 with a byte order mark, and invalid JSON',
    async (f) => {
      const text = await (await f(`${api.base}/utf8`)).text();
      const parsed = await (await f(`${api.base}/utf8`)).json();
      const bad = await (await f(`${api.base}/bad-json`)).json().then(
        () => 'resolved',
        (e: Error) => e.constructor.name,
      );
      return [text, parsed, bad];
    },
  ],
  [
    'bodies from init: JSON, string without content-type, lower-case post, bytes, pair-list headers',
    async (f) => {
      const post = (init: RequestInit, url: string | URL = `${api.base}/echo`) =>
        f(url, init).then((res) => res.json());
      return [
        await post({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"name":"VIP"}',
        }),
        await post({ method: 'post', body: 'hi' }),
        await post(
          {
            method: 'PUT',
            headers: new Headers({ 'content-type': 'application/octet-stream' }),
            body: new TextEncoder().encode('bytes'),
          },
          new URL(`${api.base}/echo`),
        ),
        await post({ headers: [['apikey', 'p']] }, `${api.base}/json`),
      ];
    },
  ],
  [
    'URLSearchParams and FormData bodies take fetch’s own encoding',
    async (f) => {
      const form = new FormData();
      form.set('a', '1');
      const search = await (
        await f(`${api.base}/echo`, { method: 'POST', body: new URLSearchParams({ q: 'x y' }) })
      ).json();
      const multipart = (await (
        await f(`${api.base}/echo`, { method: 'POST', body: form })
      ).json()) as { contentType: string; body: string };
      return [search, multipart.contentType.split(';')[0], multipart.body.includes('name="a"')];
    },
  ],
  [
    'PATCH body through a Request object',
    async (f) => {
      const req = new Request(`${api.base}/echo`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"B"}',
      });
      return (await f(req)).json();
    },
  ],
  [
    '204 and HEAD have a null body',
    async (f) => {
      const empty = await f(`${api.base}/empty`, { method: 'DELETE' });
      const head = await f(`${api.base}/json`, { method: 'HEAD' });
      return [empty.status, empty.body, await empty.text(), head.status, head.body];
    },
  ],
  [
    'repeated headers (set-cookie) stay separate',
    async (f) => {
      const res = await f(`${api.base}/cookies`);
      await res.arrayBuffer();
      return [res.headers.getSetCookie(), res.headers.get('x-multi')];
    },
  ],
  [
    '404 with an error body and its reason phrase',
    async (f) => {
      const res = await f(`${api.base}/missing`);
      return [res.status, res.statusText, res.ok, await res.json()];
    },
  ],
  [
    'a timeout signal rejects with its TimeoutError',
    (f) =>
      f(`${api.base}/slow`, { signal: AbortSignal.timeout(30) }).then(
        () => 'resolved',
        (e: Error) => [e.name, e.constructor.name],
      ),
  ],
  [
    'a caller abort rejects with the very reason given; an aborted signal at once',
    async (f) => {
      const controller = new AbortController();
      const reason = new Error('stop');
      setTimeout(() => controller.abort(reason), 20);
      const custom = await f(`${api.base}/slow`, { signal: controller.signal }).then(
        () => 'resolved',
        (e) => e === reason,
      );
      const early = await f(`${api.base}/json`, { signal: AbortSignal.abort() }).then(
        () => 'resolved',
        (e: Error) => e.name,
      );
      return [custom, early];
    },
  ],
  [
    'a refused connection is TypeError("fetch failed") with the code in cause',
    (f) =>
      f(`${closed}/json`).then(
        () => 'resolved',
        (e: Error & { cause?: { code?: string } }) => [
          e.constructor.name,
          e.message,
          e.cause?.code,
        ],
      ),
  ],
  [
    'a connection dropped mid-request is TypeError("fetch failed")',
    (f) =>
      f(`${api.base}/drop`).then(
        () => 'resolved',
        (e: Error) => [e.constructor.name, e.message],
      ),
  ],
];

describe('createNodeTransport behaves like fetch', () => {
  it.each(cases)('%s', async (_, observe) => {
    const expected = await settle(() => observe(fetch));
    expect(await settle(() => observe(transport))).toEqual(expected);
  });

  it('returns a redirect instead of following it (documented difference)', async () => {
    const res = await transport(`${api.base}/redirect`);
    expect([res.status, res.headers.get('location')]).toEqual([302, '/json']);
  });

  it('is marked as taking (url, init)', () => {
    expect(TAKES_URL_AND_INIT in transport).toBe(true);
  });
});

describe('the client on the node transport', () => {
  it('calls it with the URL string and init, building no Request', async () => {
    const calls: unknown[] = [];
    const recorder = Object.assign(
      (input: Request | string | URL, init?: RequestInit) => {
        calls.push(input);
        return transport(input, init);
      },
      { [TAKES_URL_AND_INIT]: true },
    );
    const caac = createCaacClient({ apiKey: 'sk-node', baseUrl: api.base, fetch: recorder });
    // `/caac/v1/tags` is not a route here: the 404 proves the call went through.
    await expect(caac.tags.list()).rejects.toBeInstanceOf(CaacNotFoundError);
    expect(calls).toEqual([`${api.base}/caac/v1/tags`]);
  });

  it('serves resource methods and the typed path client', async () => {
    const tags = await loopback({
      '/caac/v1/tags': (req, res, body) =>
        req.method === 'POST'
          ? json(res, 200, { id: 7, ...JSON.parse(body), key: req.headers.apikey })
          : json(res, 200, { tags: [{ id: 1, name: 'VIP' }] }),
    });
    try {
      const caac = createCaacClient({ apiKey: 'sk-node', baseUrl: tags.base, fetch: transport });
      expect(await caac.tags.list()).toEqual({ tags: [{ id: 1, name: 'VIP' }] });
      expect(await caac.tags.create({ name: 'VIP' })).toEqual({
        id: 7,
        name: 'VIP',
        key: 'sk-node',
      });
      const raw = createCaacCoreClient({ apiKey: 'sk-node', baseUrl: tags.base, fetch: transport });
      const { data, response } = await raw.GET('/caac/v1/tags');
      expect(data).toEqual({ tags: [{ id: 1, name: 'VIP' }] });
      expect(response.url).toBe(`${tags.base}/caac/v1/tags`);
    } finally {
      await tags.close();
    }
  });

  it('retries a 429 after its Retry-After, then throws the typed error', async () => {
    const limited = await loopback({
      '/caac/v1/tags': (_, res) => {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end('{"code":"rate_limited","message":"slow down"}');
      },
    });
    try {
      const caac = createCaacClient({ apiKey: 'sk-node', baseUrl: limited.base, fetch: transport });
      await expect(caac.tags.list()).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
      expect(limited.seen).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });

  it('times out a hanging server and closes the connection', async () => {
    const hanging = await loopback({ '/caac/v1/tags': () => {} });
    try {
      const caac = createCaacClient({
        apiKey: 'sk-node',
        baseUrl: hanging.base,
        fetch: transport,
        timeoutMs: 50,
        maxRetries: 0,
      });
      await expect(caac.tags.list()).rejects.toBeInstanceOf(CaacTimeoutError);
      await vi.waitFor(() => expect(hanging.seen[0]?.closedEarly).toBe(true), { timeout: 30_000 });
    } finally {
      await hanging.close();
    }
  });

  it('rejects with the caller’s abort reason, not retried, and closes the connection', async () => {
    const hanging = await loopback({ '/caac/v1/tags': () => {} });
    try {
      const caac = createCaacClient({ apiKey: 'sk-node', baseUrl: hanging.base, fetch: transport });
      const controller = new AbortController();
      const reason = new Error('user left');
      setTimeout(() => controller.abort(reason), 30);
      await expect(caac.tags.list(undefined, { signal: controller.signal })).rejects.toBe(reason);
      await vi.waitFor(() => expect(hanging.seen[0]?.closedEarly).toBe(true), { timeout: 30_000 });
      expect(hanging.seen).toHaveLength(1);
    } finally {
      await hanging.close();
    }
  });

  it('turns a refused connection into CaacConnectionError naming the code', async () => {
    const caac = createCaacClient({
      apiKey: 'sk-node',
      baseUrl: closed,
      fetch: transport,
      maxRetries: 0,
    });
    const error = await caac.tags.list().catch((e: Error) => e);
    expect(error).toBeInstanceOf(CaacConnectionError);
    expect((error as Error).message).toMatch(
      /^\[@caac\/client\] listTags GET \/caac\/v1\/tags to http:\/\/127\.0\.0\.1:\d+ failed without a response after 1 attempt: fetch failed \(ECONNREFUSED\)$/,
    );
  });
});

describe('without undici installed', () => {
  it('fails at creation with a CaacError that says what to install', async () => {
    vi.resetModules();
    vi.doMock('node:module', () => ({
      createRequire: () => () => {
        throw Object.assign(new Error("Cannot find module 'undici'"), { code: 'MODULE_NOT_FOUND' });
      },
    }));
    try {
      const { createNodeTransport: create } = await import('../node/node-transport.js');
      const { CaacError: SharedCaacError } = await import('@caac/client/core');
      expect(() => create()).toThrow(SharedCaacError);
      expect(() => create()).toThrow(/needs the `undici` package.*npm install undici/);
    } finally {
      vi.doUnmock('node:module');
      vi.resetModules();
    }
  });
});
