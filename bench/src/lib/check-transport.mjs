// @ts-check
// Differential check of the undici transport proposal: each case runs once through Node's global
// fetch and once through the transport against the same local server, and what a caller can observe
// (status, headers, body, how it fails) must be the same. The client benchmark refuses to time a
// transport that fails this; the cases are also the test list to ship with it.
import { createServer } from 'node:http';
import { isDeepStrictEqual } from 'node:util';

/** @typedef {(input: Request | string | URL, init?: RequestInit) => Promise<Response>} FetchLike */

/**
 * @typedef {object} Case
 * @property {string} name
 * @property {(f: FetchLike, base: string, closedBase: string) => Promise<unknown>} observe
 */

/** @type {Case[]} */
const CASES = [
  {
    name: 'GET JSON: status, statusText, headers, body, bodyUsed, url',
    observe: async (f, base) => {
      const res = await f(`${base}/json`, { headers: { apikey: 'k' } });
      const before = res.bodyUsed;
      const body = await res.json();
      return [
        res.status,
        res.statusText,
        res.ok,
        res.headers.get('content-type'),
        before,
        res.bodyUsed,
        body,
        res.url,
      ];
    },
  },
  {
    name: 'GET through a Request object (as openapi-fetch calls it)',
    observe: async (f, base) => {
      const res = await f(new Request(`${base}/json?x=1`, { headers: { apikey: 'k' } }));
      return [res.status, await res.text()];
    },
  },
  {
    name: 'reading the body twice rejects with TypeError',
    observe: async (f, base) => {
      const res = await f(`${base}/json`);
      await res.text();
      return res.json().then(
        () => 'resolved',
        (e) => [e.constructor.name, res.bodyUsed],
      );
    },
  },
  {
    name: 'clone() gives two readable bodies',
    observe: async (f, base) => {
      const res = await f(`${base}/json`);
      const copy = res.clone();
      return [await res.text(), await copy.json(), copy.status, copy.headers.get('content-type')];
    },
  },
  {
    name: 'body as a stream',
    observe: async (f, base) => {
      const res = await f(`${base}/json`);
      const reader = /** @type {ReadableStream<Uint8Array>} */ (res.body).getReader();
      let bytes = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read())
        bytes += r.value.byteLength;
      return [bytes, res.bodyUsed];
    },
  },
  {
    name: 'arrayBuffer() and blob()',
    observe: async (f, base) => {
      const a = await (await f(`${base}/json`)).arrayBuffer();
      const b = await (await f(`${base}/json`)).blob();
      return [a.byteLength, a instanceof ArrayBuffer, b.size, b.type];
    },
  },
  {
    name: 'UTF-8 text with a byte order mark, and invalid JSON',
    observe: async (f, base) => {
      const text = await (await f(`${base}/utf8`)).text();
      const json = await (await f(`${base}/utf8`)).json();
      const bad = await (await f(`${base}/bad-json`)).json().then(
        () => 'resolved',
        (e) => e.constructor.name,
      );
      return [text, json, bad];
    },
  },
  {
    name: 'POST JSON body (init) echoes method, content-type and body',
    observe: async (f, base) => {
      const res = await f(`${base}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', apikey: 'k' },
        body: JSON.stringify({ name: 'VIP' }),
      });
      return [res.status, await res.json()];
    },
  },
  {
    name: 'string body without content-type, lower-case post, Headers and pair-list headers',
    observe: async (f, base) => {
      const plain = await (await f(`${base}/echo`, { method: 'post', body: 'hi' })).json();
      const bytes = await (
        await f(new URL(`${base}/echo`), {
          method: 'PUT',
          headers: new Headers({ 'content-type': 'application/octet-stream' }),
          body: new TextEncoder().encode('bytes'),
        })
      ).json();
      const pairs = await (await f(`${base}/json`, { headers: [['apikey', 'p']] })).json();
      return [plain, bytes, pairs];
    },
  },
  {
    name: 'URLSearchParams and FormData bodies take fetch’s own encoding',
    observe: async (f, base) => {
      const form = new FormData();
      form.set('a', '1');
      const search = await (
        await f(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ q: 'x y' }) })
      ).json();
      const multipart = await (await f(`${base}/echo`, { method: 'POST', body: form })).json();
      return [
        search,
        String(multipart.contentType).split(';')[0],
        multipart.body.includes('name="a"'),
      ];
    },
  },
  {
    name: 'PATCH body through a Request object',
    observe: async (f, base) => {
      const req = new Request(`${base}/echo`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"B"}',
      });
      return [(await f(req)).status, await (await f(req.clone())).json()];
    },
  },
  {
    name: '204 has a null body',
    observe: async (f, base) => {
      const res = await f(`${base}/empty`, { method: 'DELETE' });
      return [res.status, res.body, await res.text()];
    },
  },
  {
    name: 'HEAD has a null body',
    observe: async (f, base) => {
      const res = await f(`${base}/json`, { method: 'HEAD' });
      return [res.status, res.body, res.headers.get('content-type')];
    },
  },
  {
    name: 'repeated headers (set-cookie) stay separate',
    observe: async (f, base) => {
      const res = await f(`${base}/cookies`);
      await res.arrayBuffer();
      return [res.headers.getSetCookie(), res.headers.get('x-multi')];
    },
  },
  {
    name: '404 with an error body and its reason phrase',
    observe: async (f, base) => {
      const res = await f(`${base}/missing`);
      return [res.status, res.statusText, res.ok, await res.json()];
    },
  },
  {
    name: 'timeout signal rejects with its TimeoutError',
    observe: async (f, base) =>
      f(`${base}/slow`, { signal: AbortSignal.timeout(30) }).then(
        () => 'resolved',
        (e) => [e.name, e.constructor.name],
      ),
  },
  {
    name: 'caller abort rejects with the very reason given',
    observe: async (f, base) => {
      const controller = new AbortController();
      const reason = new Error('stop');
      setTimeout(() => controller.abort(reason), 20);
      return f(`${base}/slow`, { signal: controller.signal }).then(
        () => 'resolved',
        (e) => e === reason,
      );
    },
  },
  {
    name: 'already aborted signal rejects at once',
    observe: async (f, base) =>
      f(`${base}/json`, { signal: AbortSignal.abort() }).then(
        () => 'resolved',
        (e) => e.name,
      ),
  },
  {
    name: 'refused connection is TypeError("fetch failed") with the code in cause',
    observe: async (f, _base, closedBase) =>
      f(`${closedBase}/json`).then(
        () => 'resolved',
        (e) => [e.constructor.name, e.message, e.cause?.code],
      ),
  },
  {
    name: 'connection dropped mid-request is TypeError("fetch failed")',
    observe: async (f, base) =>
      f(`${base}/drop`).then(
        () => 'resolved',
        (e) => [e.constructor.name, e.message],
      ),
  },
];

/** Differences we accept and document instead of hiding. */
const KNOWN = [
  {
    name: 'redirects are returned, not followed',
    observe: /** @type {Case['observe']} */ (
      async (f, base) => (await f(`${base}/redirect`)).status
    ),
  },
];

/**
 * @param {FetchLike} transport
 * @returns {Promise<{ passed: string[], failed: { name: string, fetch: unknown, transport: unknown }[], known: { name: string, fetch: unknown, transport: unknown }[] }>}
 */
export async function checkTransport(transport) {
  const server = await listen(createServer(route));
  const closed = await listen(createServer());
  const closedBase = closed.base;
  await new Promise((resolve) => closed.server.close(resolve));
  try {
    const passed = [];
    const failed = [];
    for (const c of CASES) {
      const expected = await settle(() => c.observe(fetch, server.base, closedBase));
      const actual = await settle(() => c.observe(transport, server.base, closedBase));
      if (isDeepStrictEqual(normalize(expected, server.base), normalize(actual, server.base)))
        passed.push(c.name);
      else failed.push({ name: c.name, fetch: expected, transport: actual });
    }
    const known = [];
    for (const c of KNOWN) {
      known.push({
        name: c.name,
        fetch: await settle(() => c.observe(fetch, server.base, closedBase)),
        transport: await settle(() => c.observe(transport, server.base, closedBase)),
      });
    }
    return { passed, failed, known };
  } finally {
    server.server.closeAllConnections();
    await new Promise((resolve) => server.server.close(resolve));
  }
}

/** @param {() => Promise<unknown>} fn */
async function settle(fn) {
  try {
    return await fn();
  } catch (error) {
    return {
      threw: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error),
    };
  }
}

/** Ports differ between runs; compare URLs without them. @param {unknown} value @param {string} base */
function normalize(value, base) {
  return JSON.parse(JSON.stringify(value ?? null).replaceAll(base, 'BASE'));
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function route(req, res) {
  /** @type {Buffer[]} */
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const path = (req.url ?? '/').split('?')[0];
    const json = (/** @type {number} */ status, /** @type {unknown} */ body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    switch (path) {
      case '/json':
        return json(200, { tags: [{ id: 1, name: 'VIP' }], apikey: req.headers.apikey ?? null });
      case '/echo':
        return json(200, {
          method: req.method,
          contentType: req.headers['content-type'],
          body: Buffer.concat(chunks).toString('utf8'),
        });
      case '/utf8':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        return res.end('\uFEFF{"name":"標籤 ✓"}');
      case '/bad-json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"name":');
      case '/empty':
        res.writeHead(204);
        return res.end();
      case '/cookies':
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.setHeader('x-multi', ['x', 'y']);
        return json(200, {});
      case '/slow':
        return setTimeout(() => json(200, {}), 300);
      case '/drop':
        return req.socket.destroy();
      case '/redirect':
        res.writeHead(302, { location: '/json' });
        return res.end();
      default:
        return json(404, { code: 'not_found', message: 'no such route' });
    }
  });
}

/** @param {import('node:http').Server} server */
function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}
