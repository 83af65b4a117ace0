// The node entry has two paths: createNodeAiAgentHandler serves the core without Request/Response
// (the fast path), and toNodeHandler serves any Web handler, a wrapped one included, through
// Request/Response (the generic path). These tests pin that both answer exactly what the Web
// handler answers for the same bytes on the wire, and that the generic path answers what
// @hono/node-server's adapter answers.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { anyRequestBody, validRequest } from '@caac/agent-arbitraries';
import { getRequestListener } from '@hono/node-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AiAgentHandler,
  type AiAgentHandlerOptions,
  type AiAgentReply,
  CaacAgentDeadlineError,
  HUMAN_HANDOVER,
  type ReplyContext,
  createAiAgentHandler as testHandlerFrom,
} from '../src/index.js';
import { createNodeAiAgentHandler, toNodeHandler } from '../src/node.js';
import { conversation, HEALTH_CHECK, TOKEN, testHandler, testOptions, URL_ } from './helpers.js';

/** One request as bytes on the wire. */
interface WireRequest {
  method?: string;
  /** Header values as sent; `authorization` and `content-type` default to what CAAC sends. */
  headers?: Record<string, string | null>;
  /** The body; a string is sent as UTF-8. */
  body?: string | Uint8Array;
  /** Send the body in chunks without Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
  /** Declare this Content-Length but send no body (the answer must not wait for it). */
  declaredOnly?: number;
}

/** What a client can observe of an answer. */
interface Observed {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

// Every header the kit sets on any answer; all must agree between the paths.
const COMPARED_HEADERS = [
  'content-type',
  'cache-control',
  'x-content-type-options',
  'allow',
  'www-authenticate',
  'accept',
] as const;

const encoder = new TextEncoder();
const valid = JSON.stringify(conversation());

function wireHeaders(request: WireRequest): Record<string, string> {
  const merged: Record<string, string | null> = {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    ...request.headers,
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (value !== null) headers[name] = value;
  return headers;
}

function bodyBytes(request: WireRequest): Uint8Array<ArrayBuffer> | undefined {
  if (request.body === undefined) return undefined;
  // A copy on its own ArrayBuffer, which is what a Request body accepts.
  return typeof request.body === 'string'
    ? encoder.encode(request.body)
    : new Uint8Array(request.body);
}

/** The same request as a Web `Request`, for the handler itself. */
function asWebRequest(request: WireRequest): Request {
  const method = request.method ?? 'POST';
  const headers = wireHeaders(request);
  const bytes = bodyBytes(request);
  if (request.declaredOnly !== undefined) {
    headers['content-length'] = String(request.declaredOnly);
    // A body that never comes: the answer must not depend on it.
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    return new Request(URL_, { method, headers, body: never, duplex: 'half' } as RequestInit);
  }
  if (method === 'GET' || method === 'HEAD' || bytes === undefined) {
    return new Request(URL_, { method, headers });
  }
  if (request.chunked) {
    const chunks = chunksOf(bytes);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    return new Request(URL_, { method, headers, body, duplex: 'half' } as RequestInit);
  }
  headers['content-length'] = String(bytes.byteLength);
  return new Request(URL_, { method, headers, body: bytes });
}

function chunksOf(bytes: Uint8Array, size = 700): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

async function observeWeb(handler: AiAgentHandler, request: WireRequest): Promise<Observed> {
  const response = await handler(asWebRequest(request));
  const headers: Record<string, string | null> = {};
  for (const name of COMPARED_HEADERS) headers[name] = response.headers.get(name);
  const method = request.method ?? 'POST';
  // An HTTP client never sees a body in an answer to HEAD.
  const body = method === 'HEAD' ? '' : await response.text();
  return { status: response.status, headers, body };
}

/** Sends the request with node:http's client, so the bytes are exactly the ones described. */
function observeNode(port: number, request: WireRequest): Promise<Observed> {
  return new Promise((resolve, reject) => {
    const headers = wireHeaders(request);
    const bytes = bodyBytes(request);
    if (request.declaredOnly !== undefined)
      headers['content-length'] = String(request.declaredOnly);
    else if (bytes !== undefined && !request.chunked)
      headers['content-length'] = String(bytes.byteLength);
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/ai-agent', method: request.method ?? 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const seen: Record<string, string | null> = {};
          for (const name of COMPARED_HEADERS) {
            const value = res.headers[name];
            seen[name] = value === undefined ? null : String(value);
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: seen,
            body: Buffer.concat(chunks).toString('utf8'),
          });
          if (request.declaredOnly !== undefined) req.destroy();
        });
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    if (request.declaredOnly !== undefined) {
      req.flushHeaders();
      return;
    }
    if (bytes !== undefined && request.chunked) {
      for (const chunk of chunksOf(bytes)) req.write(chunk);
    } else if (bytes !== undefined) {
      req.write(bytes);
    }
    req.end();
  });
}

const servers: Server[] = [];

async function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<number> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

afterAll(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** One configuration, reachable every way. */
interface Subject {
  handler: AiAgentHandler;
  /** createNodeAiAgentHandler(options): the fast path. */
  fastPort: number;
  /** toNodeHandler of a function that wraps the handler: the generic path. */
  requestPathPort: number;
  /** @hono/node-server's getRequestListener of the same wrapper: the reference for the generic path. */
  honoPort: number;
}

async function subject(overrides: Parameters<typeof testOptions>[0] = {}): Promise<Subject> {
  const handler = testHandler(overrides);
  const fast = createNodeAiAgentHandler(testOptions(overrides));
  // A wrapper, as a partner adds tracing: it must be served as correctly as the handler itself.
  const wrapped = (request: Request) => handler(request);
  const throughRequest = toNodeHandler(wrapped);
  return {
    handler,
    fastPort: await listen((req, res) => void fast(req, res)),
    requestPathPort: await listen((req, res) => void throughRequest(req, res)),
    honoPort: await listen(getRequestListener(wrapped)),
  };
}

const replies: Record<string, (request: { messages: { text?: string }[] }) => unknown> = {
  echo: (request) => `echo: ${request.messages.at(-1)?.text ?? ''}`,
  throws: () => {
    throw new Error('LLM down');
  },
  rejects: () => Promise.reject(new Error('LLM down')),
  invalid: () => 42,
  handover: () => ({ text: 'A colleague will help.', handover: true }),
  async: async () => 'later',
};

const subjects = new Map<string, Subject>();
beforeAll(async () => {
  for (const [name, reply] of Object.entries(replies)) {
    subjects.set(name, await subject({ reply: reply as () => AiAgentReply }));
  }
  subjects.set('small', await subject({ maxBodyBytes: 1000 }));
  subjects.set('exact', await subject({ maxBodyBytes: encoder.encode(valid).length }));
  subjects.set('rotation', await subject({ tokens: ['old-token', TOKEN] }));
});

const withMessages = (count: number) =>
  JSON.stringify(
    conversation({
      messages: Array.from({ length: count }, () => ({ message_type: 'text' })) as never,
    }),
  );
const { participants: _p, ...noParticipants } = conversation();
const threeProblems = JSON.stringify({
  ...noParticipants,
  conversation_id: 'x',
  messages: [{ ...conversation().messages[0], timestamp: 'yesterday' }],
});

// [case, subject, request, expected status]
const table: [string, string, WireRequest, number][] = [
  ['a conversation', 'echo', { body: valid }, 200],
  ['a conversation sent chunked', 'echo', { body: valid, chunked: true }, 200],
  [
    'multi-byte text',
    'echo',
    {
      body: JSON.stringify(
        conversation({
          messages: [{ ...conversation().messages[0], text: 'héllo 👋 你好' }] as never,
        }),
      ),
    },
    200,
  ],
  ['a body with a byte order mark', 'echo', { body: `\ufeff${valid}` }, 200],
  ['unknown fields', 'echo', { body: JSON.stringify({ ...conversation(), extra: [1] }) }, 200],
  ['a health check', 'echo', { body: JSON.stringify(HEALTH_CHECK) }, 200],
  ['GET', 'echo', { method: 'GET' }, 405],
  ['HEAD', 'echo', { method: 'HEAD' }, 405],
  ['PUT', 'echo', { method: 'PUT', body: valid }, 405],
  ['no Authorization', 'echo', { body: valid, headers: { authorization: null } }, 401],
  ['an empty Authorization', 'echo', { body: valid, headers: { authorization: '' } }, 401],
  ['Bearer without a token', 'echo', { body: valid, headers: { authorization: 'Bearer' } }, 401],
  ['a wrong token', 'echo', { body: valid, headers: { authorization: 'Bearer nope' } }, 401],
  [
    'a token one character longer',
    'echo',
    { body: valid, headers: { authorization: `Bearer ${TOKEN}x` } },
    401,
  ],
  ['Basic scheme', 'echo', { body: valid, headers: { authorization: `Basic ${TOKEN}` } }, 401],
  [
    'lower-case scheme',
    'echo',
    { body: valid, headers: { authorization: `bearer ${TOKEN}` } },
    200,
  ],
  [
    'extra spaces around the token',
    'echo',
    { body: valid, headers: { authorization: `Bearer   ${TOKEN}  ` } },
    200,
  ],
  ['the newer of two rotated tokens', 'rotation', { body: valid }, 200],
  [
    'the older of two rotated tokens',
    'rotation',
    { body: valid, headers: { authorization: 'Bearer old-token' } },
    200,
  ],
  ['no Content-Type', 'echo', { body: valid, headers: { 'content-type': null } }, 415],
  ['text/plain', 'echo', { body: valid, headers: { 'content-type': 'text/plain' } }, 415],
  [
    'JSON in Latin-1',
    'echo',
    { body: valid, headers: { 'content-type': 'application/json; charset=iso-8859-1' } },
    415,
  ],
  [
    'JSON with parameters in any case',
    'echo',
    { body: valid, headers: { 'content-type': 'Application/JSON; Charset="UTF-8"' } },
    200,
  ],
  [
    'a +json media type',
    'echo',
    { body: valid, headers: { 'content-type': 'application/vnd.caac+json' } },
    200,
  ],
  ['an empty body', 'echo', { body: '' }, 400],
  ['no body at all', 'echo', {}, 400],
  ['whitespace only', 'echo', { body: '  \n' }, 400],
  ['truncated JSON', 'echo', { body: '{"version": "1.0", "messages": [' }, 400],
  ['a trailing comma', 'echo', { body: '{"version": "1.0",}' }, 400],
  [
    'bytes that are not UTF-8',
    'echo',
    { body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
    400,
  ],
  ['an array', 'echo', { body: '[]' }, 400],
  ['null', 'echo', { body: 'null' }, 400],
  ['three schema problems', 'echo', { body: threeProblems }, 400],
  ['600 problems (details capped)', 'echo', { body: withMessages(150) }, 400],
  ['version "2.0"', 'echo', { body: JSON.stringify({ ...conversation(), version: '2.0' }) }, 400],
  ['no version', 'echo', { body: JSON.stringify({ ...conversation(), version: undefined }) }, 400],
  ['a declared Content-Length over the limit', 'small', { declaredOnly: 10_000_000 }, 413],
  ['a body over the limit', 'small', { body: ' '.repeat(1001) }, 413],
  ['a chunked body over the limit', 'small', { body: ' '.repeat(5000), chunked: true }, 413],
  ['a body of exactly the limit', 'exact', { body: valid }, 200],
  ['a chunked body of exactly the limit', 'exact', { body: valid, chunked: true }, 200],
  ['a body one byte over the limit', 'exact', { body: `${valid} ` }, 413],
  ['a chunked body one byte over the limit', 'exact', { body: `${valid} `, chunked: true }, 413],
  ['reply throws', 'throws', { body: valid }, 200],
  ['reply rejects', 'rejects', { body: valid }, 200],
  ['reply returns an invalid value', 'invalid', { body: valid }, 200],
  ['reply hands over', 'handover', { body: valid }, 200],
  ['reply is async', 'async', { body: valid }, 200],
];

describe('both node paths answer like the Web handler', () => {
  it.each(table)('%s', async (_case, subjectName, request, status) => {
    const s = subjects.get(subjectName);
    if (!s) throw new Error(`no subject ${subjectName}`);
    const web = await observeWeb(s.handler, request);
    const fast = await observeNode(s.fastPort, request);
    const throughRequest = await observeNode(s.requestPathPort, request);
    expect(web.status).toBe(status);
    expect(fast).toEqual(web);
    expect(throughRequest).toEqual(web);
    // The reference adapter for the generic path; a body that never comes would hold it open.
    if (request.declaredOnly === undefined) {
      expect(await observeNode(s.honoPort, request)).toEqual(throughRequest);
    }
  });

  it('covers every status code the handler uses for bad input', () => {
    expect(new Set(table.map((row) => row.at(-1)))).toEqual(
      new Set([200, 400, 401, 405, 413, 415]),
    );
  });

  it('gives the reply texts the rules call for', async () => {
    const handover = await observeNode((subjects.get('handover') as Subject).fastPort, {
      body: valid,
    });
    expect(JSON.parse(handover.body)).toEqual({
      reply_text: `A colleague will help. ${HUMAN_HANDOVER}`,
    });
  });
});

describe('node fast path under random input (fast-check)', () => {
  // Bytes on the wire: valid, mutated and arbitrary JSON, JSON with typos, raw junk (not UTF-8
  // included), with a BOM now and then; sent with Content-Length or chunked.
  const wireBody = fc.oneof(
    validRequest.map((value) => JSON.stringify(value)),
    anyRequestBody.map((value) => JSON.stringify(value) ?? ''),
    fc
      .tuple(validRequest, fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }))
      .map(([value, at, cut, insert]) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }),
    validRequest.map((value) => `\ufeff${JSON.stringify(value)}`),
    fc.string(),
    fc.uint8Array({ maxLength: 200 }),
  );
  const wire = fc.record({
    body: wireBody,
    chunked: fc.boolean(),
    authorization: fc.constantFrom(`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, 'Bearer nope', null),
    contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', null),
  });

  it('answers every request exactly as the Web handler does', async () => {
    // A limit that some generated bodies pass, so 413 is in the mix too.
    const handler = testHandler({ maxBodyBytes: 2048 });
    const fast = createNodeAiAgentHandler(testOptions({ maxBodyBytes: 2048 }));
    const port = await listen((req, res) => void fast(req, res));
    await fc.assert(
      fc.asyncProperty(wire, async ({ body, chunked, authorization, contentType }) => {
        const request: WireRequest = {
          body,
          chunked,
          headers: { authorization, 'content-type': contentType },
        };
        expect(await observeNode(port, request)).toEqual(await observeWeb(handler, request));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('node fast path', () => {
  it('builds no Request and no Response for a handler from createAiAgentHandler', async () => {
    const { fastPort } = subjects.get('echo') as Subject;
    const refuse = (name: string) =>
      class {
        constructor() {
          throw new Error(`${name} built on the fast path`);
        }
      };
    vi.stubGlobal('Request', refuse('Request'));
    vi.stubGlobal('Response', refuse('Response'));
    try {
      const answer = await observeNode(fastPort, { body: valid });
      expect(answer.status).toBe(200);
      const rejected = await observeNode(fastPort, { body: '{' });
      expect(rejected.status).toBe(400);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('closes the connection after a 413, on both node paths', async () => {
    const s = subjects.get('small') as Subject;
    for (const port of [s.fastPort, s.requestPathPort]) {
      const connection = await new Promise<string | undefined>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            headers: {
              authorization: `Bearer ${TOKEN}`,
              'content-type': 'application/json',
              'content-length': '5000',
            },
          },
          (res) => {
            res.resume();
            resolve(res.headers.connection);
          },
        );
        req.on('error', reject);
        req.flushHeaders();
      });
      expect(connection).toBe('close');
    }
  });

  it('answers 408 when the body does not arrive before the deadline', async () => {
    const reply = vi.fn(() => 'x');
    const fast = createNodeAiAgentHandler(testOptions({ reply, deadlineMs: 100 }));
    const port = await listen((req, res) => void fast(req, res));
    const answer = await new Promise<Observed>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          headers: {
            authorization: `Bearer ${TOKEN}`,
            'content-type': 'application/json',
            'content-length': String(valid.length),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, headers: {}, body });
            req.destroy();
          });
        },
      );
      req.setTimeout(5000, () => req.destroy(new Error('no answer within 5 s')));
      req.on('error', reject);
      // Half the body, then silence.
      req.write(valid.slice(0, 100));
    });
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'request_timeout' });
    expect(reply).not.toHaveBeenCalled();
  });

  it.each([
    ['the fast path', (options: AiAgentHandlerOptions) => createNodeAiAgentHandler(options)],
    [
      'the generic path',
      (options: AiAgentHandlerOptions) => toNodeHandler(testHandlerFrom(options)),
    ],
  ])('answers at once when the caller left before the middleware ran (%s)', async (_path, make) => {
    const reply = vi.fn(() => 'x');
    const fast = make(testOptions({ reply }));
    let settled: Promise<void> | undefined;
    const port = await listen((req, res) => {
      // An earlier middleware that awaited something while the caller hung up.
      res.once('close', () => {
        setTimeout(() => {
          settled = fast(req, res);
        }, 50);
      });
      req.socket.destroy();
    });
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        'content-length': String(valid.length),
      },
    });
    req.on('error', () => {});
    req.write(valid.slice(0, 10));
    await vi.waitFor(() => expect(settled).toBeDefined(), { timeout: 5000 });
    // Well before the 40 s default deadline: no event would ever end the wait.
    const outcome = await Promise.race([
      settled?.then(() => 'answered'),
      new Promise((resolve) => setTimeout(resolve, 2000, 'still waiting')),
    ]);
    expect(outcome).toBe('answered');
    expect(reply).not.toHaveBeenCalled();
    req.destroy();
  });

  it('gives reply a signal that is already aborted when read after the deadline', async () => {
    let context: ReplyContext | undefined;
    const fast = createNodeAiAgentHandler(
      testOptions({
        deadlineMs: 30,
        reply: (_request, ctx) => {
          context = ctx; // signal not read yet: it is made on first read
          return new Promise<string>(() => {});
        },
      }),
    );
    const port = await listen((req, res) => void fast(req, res));
    const answer = await observeNode(port, { body: valid });
    expect(answer.status).toBe(200);
    const signal = context?.signal;
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBeInstanceOf(CaacAgentDeadlineError);
  });
});
