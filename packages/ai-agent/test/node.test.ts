import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FALLBACK_REPLY, type ReplyContext } from '../src/index.js';
import { createNodeAiAgentHandler, type NodeHandler, toNodeHandler } from '../src/node.js';
import { conversation, TOKEN, testHandler, testOptions } from './helpers.js';

type Overrides = Parameters<typeof testOptions>[0];

// The fast path, and the generic path serving a handler wrapped by the app.
const paths: [string, (overrides?: Overrides) => NodeHandler][] = [
  ['createNodeAiAgentHandler', (overrides) => createNodeAiAgentHandler(testOptions(overrides))],
  [
    'toNodeHandler of a wrapped handler',
    (overrides) => {
      const handler = testHandler(overrides);
      return toNodeHandler((request) => handler(request));
    },
  ],
];

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections(); // keep-alive sockets would otherwise hold close() for seconds
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** Listens on a free loopback port. */
async function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/ai-agent`;
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(5000),
    duplex: 'half',
  } as RequestInit);

describe.each(paths)('%s on node:http', (_path, make) => {
  it('answers a conversation with 200 { reply_text }', async () => {
    const url = await listen(make({ reply: () => 'Hello from node' }));
    const response = await post(url, JSON.stringify(conversation()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ reply_text: 'Hello from node' });
  });

  it('passes status codes and headers through (401 with WWW-Authenticate, 405 with Allow)', async () => {
    const url = await listen(make());
    const unauthorized = await post(url, JSON.stringify(conversation()), {
      authorization: 'Bearer nope',
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toContain('Bearer');
    const get = await fetch(url, { signal: AbortSignal.timeout(5000) });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('answers 405 to methods a fetch Request cannot carry (TRACE)', async () => {
    const url = await listen(make());
    const { port } = new URL(url);
    const response = await new Promise<{ status: number; allow: string | undefined }>(
      (resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: '/ai-agent', method: 'TRACE', timeout: 5000 },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, allow: res.headers.allow });
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
    expect(response).toEqual({ status: 405, allow: 'POST' });
  });

  it('answers 413 to an oversized Content-Length, and the client reads the answer', async () => {
    const url = await listen(make({ maxBodyBytes: 1024 }));
    const { port } = new URL(url);
    // A raw request that declares 10 MB but sends only the headers: the answer must not wait for the body.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/ai-agent',
          method: 'POST',
          timeout: 5000,
          headers: {
            authorization: `Bearer ${TOKEN}`,
            'content-type': 'application/json',
            'content-length': '10000000',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.on('timeout', () => reject(new Error('timed out')));
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const url = await listen(make({ maxBodyBytes: 64 * 1024 }));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 50 * 1024 * 1024) return controller.close();
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const response = await post(url, body).catch((error: Error) => error);
    // Either the client saw the 413, or it was cut off while still sending; never a full upload.
    if (response instanceof Response) expect(response.status).toBe(413);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('works as Express-style middleware after a JSON body parser', async () => {
    const middleware = make({ reply: (request) => `parsed ${request.conversation_id}` });
    const url = await listen((req, res) => {
      // What express.json() does: read the stream, set req.body.
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        (req as IncomingMessage & { body?: unknown }).body = JSON.parse(text);
        void middleware(req, res, () => res.end('next called'));
      });
    });
    const response = await post(url, JSON.stringify(conversation()));
    expect(await response.json()).toEqual({ reply_text: 'parsed 98765' });
  });

  it('aborts the reply signal when the client disconnects', async () => {
    let context: ReplyContext | undefined;
    const url = await listen(
      make({
        reply: (_request, ctx) => {
          context = ctx;
          return new Promise<string>(() => {});
        },
      }),
    );
    const client = new AbortController();
    const pending = fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(conversation()),
      signal: client.signal,
    }).catch(() => undefined);
    await vi.waitFor(() => expect(context).toBeDefined(), { timeout: 5000 });
    client.abort();
    await pending;
    await vi.waitFor(() => expect(context?.signal.aborted).toBe(true), { timeout: 5000 });
    // A hang-up, not the deadline.
    expect((context?.signal.reason as Error | undefined)?.name).toBe('AbortError');
  });

  it('still answers with the fallback at the deadline through node:http', async () => {
    const url = await listen(make({ deadlineMs: 50, reply: () => new Promise<string>(() => {}) }));
    const response = await post(url, JSON.stringify(conversation()));
    expect(await response.json()).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
  });
});

describe('toNodeHandler with a handler that fails', () => {
  it('hands unexpected failures to next(error) when used as middleware', async () => {
    const next = vi.fn();
    const failing = toNodeHandler(() => Promise.reject(new Error('boom')));
    const url = await listen((req, res) => {
      void failing(req, res, (error) => {
        next(error);
        res.statusCode = 502;
        res.end();
      });
    });
    const response = await post(url, '{}');
    expect(response.status).toBe(502);
    expect(next).toHaveBeenCalledWith(new Error('boom'));
  });

  it('answers 500 JSON on unexpected failures without next', async () => {
    const url = await listen(toNodeHandler(() => Promise.reject(new Error('boom'))));
    const response = await post(url, '{}');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'internal_error' });
  });
});
