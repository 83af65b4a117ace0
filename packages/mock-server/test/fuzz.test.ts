import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { REQUEST_TIMEOUT_MS } from './helpers/http.js';
import { type SpecOperation, specOperations } from './helpers/spec-operations.js';

/**
 * Hostile-client fuzzing over every operation of the bundled spec. Bounded: `NUM_RUNS` requests
 * and at most `TIME_LIMIT_MS`; the seed is printed so a failure can be replayed with
 * `FUZZ_SEED=<seed> npx vitest run test/fuzz.test.ts`.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const TIME_LIMIT_MS = 40_000;
// CI runs a fixed seed so a landing never depends on luck; local runs explore a new seed each time.
// Known open finding: seed 714790852 (a GET with a body and `Content-Type: application/json; charset`
// gets Prism's 415 problem instead of the Error format).
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20261130 : Date.now() % 2 ** 31));
const MAX_BODY_BYTES = 64 * 1024;

const operations = specOperations();
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
let mock: MockServer;
let sent = 0;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, journalLimit: 100_000, maxBodyBytes: MAX_BODY_BYTES });
}, 60_000);
afterAll(async () => {
  agent.destroy();
  await mock?.close();
});

interface FuzzRequest {
  readonly operation: SpecOperation;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  /** A status the request asked for (fault or `Prefer: code`), so a 5xx may be expected. */
  readonly askedStatus: number | undefined;
  /** The request uses the mock's own controls, whose mistakes answer the problem format. */
  readonly usesControls: boolean;
}

const oddIds = [
  'Infinity',
  '0x10',
  '+1',
  '1e3',
  '-0',
  '%20',
  '%FF%FE',
  '%',
  '%C0%AE%C0%AE',
  '%2e%2e',
  '..',
  '.',
  'abc',
  '-1',
  '1.5',
  '99999999999999999999999',
  '%00',
  '%2F',
  'null',
];
const oddQueryValues = ['', 'abc', '-1', '0', '1e3', '5000', '%', '%FF', 'true', '[]', '1,2'];
const accepts = [
  'application/json',
  '*/*',
  'application/*',
  'garbage',
  'a/b/c',
  ',',
  '*/*;q=abc',
  'text/html',
  'application/json;q=0',
  'application/json;q=0.5, text/plain',
  'application/xml',
  '',
];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'invalid',
  'text/plain',
  'application/json; charset',
  'application/merge-patch+json',
  ';;',
  'multipart/form-data; boundary=x',
  '',
];
const prefers = [
  'code=404',
  'code=200',
  'code=abc',
  'example=nope',
  'example=',
  'seed=abc',
  'dynamic=true',
  'dynamic=true, seed=7',
  'code=200, code=404',
  'return=minimal',
];
const faults = ['429', '503', '502', '400', 'drop;times=0', 'banana'];
const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'];

const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    operation: fc.constantFrom(...operations),
    pathValues: fc.array(
      fc.oneof(fc.constant(undefined), fc.constantFrom(...oddIds), fc.string()),
      {
        maxLength: 3,
      },
    ),
    dropQuery: fc.boolean(),
    queryValue: fc.option(fc.constantFrom(...oddQueryValues)),
    extraQuery: fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))),
    method: fc.option(fc.constantFrom(...methods), { freq: 4 }),
    apikey: fc.option(fc.constantFrom('k', ''), { freq: 6 }),
    accept: fc.option(fc.constantFrom(...accepts)),
    contentType: fc.option(fc.constantFrom(...contentTypes)),
    prefer: fc.option(fc.constantFrom(...prefers), { freq: 4 }),
    fault: fc.option(fc.constantFrom(...faults), { freq: 8 }),
    body: fc.oneof(
      fc.constant('valid'),
      fc.constant('none'),
      fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '{"name":1}', '\u00ff\u00fe', ''),
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
      fc.integer({ min: MAX_BODY_BYTES - 16, max: MAX_BODY_BYTES * 2 }).map((n) => 'x'.repeat(n)),
    ),
  })
  .map((draw): FuzzRequest => {
    const { operation } = draw;
    let pathIndex = 0;
    let path = operation.template;
    const query: string[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in === 'path') {
        const odd = draw.pathValues[pathIndex++];
        const value = odd === undefined ? parameter.example : encodeOdd(odd);
        path = path.replace(`{${parameter.name}}`, value);
      }
      if (parameter.in === 'query' && (parameter.required || draw.queryValue !== null)) {
        if (parameter.required && draw.dropQuery) continue;
        const value = draw.queryValue ?? parameter.example;
        query.push(`${parameter.name}=${value}`);
      }
    }
    if (draw.extraQuery) query.push(draw.extraQuery.map(encodeURIComponent).join('='));
    if (query.length > 0) path += `?${query.join('&')}`;
    const headers: Record<string, string> = {};
    if (draw.apikey !== null) headers.apikey = draw.apikey;
    if (draw.accept !== null) headers.accept = draw.accept;
    if (draw.prefer !== null) headers.prefer = draw.prefer;
    if (draw.fault !== null) headers['x-caac-mock-fault'] = draw.fault;
    let body: string | undefined;
    if (draw.body === 'valid') body = operation.body;
    else if (draw.body !== 'none') body = draw.body;
    if (body !== undefined) headers['content-type'] = draw.contentType ?? 'application/json';
    const preferCode = /^code=(\d{3})$/.exec(draw.prefer ?? '')?.[1];
    const faultCode = /^(\d{3})$/.exec(draw.fault ?? '')?.[1];
    return {
      operation,
      method: draw.method ?? operation.method,
      path,
      headers,
      body,
      askedStatus: faultCode ? Number(faultCode) : preferCode ? Number(preferCode) : undefined,
      usesControls: draw.prefer !== null || draw.fault !== null,
    };
  });

/** A path segment as a hostile client would put it on the wire (the odd ids go as written). */
function encodeOdd(value: string): string {
  return oddIds.includes(value) ? value : encodeURIComponent(value);
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

function send(base: string, fuzz: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...fuzz.headers };
    if (fuzz.body !== undefined) headers['content-length'] = String(Buffer.byteLength(fuzz.body));
    // Options, not a URL string: Node would parse the string with WHATWG URL and resolve `%2e%2e`.
    const { hostname, port } = new URL(base);
    const req = request({
      hostname,
      port,
      path: fuzz.path,
      method: fuzz.method,
      headers,
      agent,
      timeout: REQUEST_TIMEOUT_MS,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('fuzz request timed out')));
    req.on('error', reject);
    // An early 413 may close the connection while the body is still being written.
    req.end(fuzz.body);
  });
}

function describeRequest(fuzz: FuzzRequest): string {
  const body =
    fuzz.body === undefined ? '' : ` body(${fuzz.body.length}): ${fuzz.body.slice(0, 60)}`;
  return `${fuzz.method} ${fuzz.path} ${JSON.stringify(fuzz.headers)}${body}`;
}

function check(fuzz: FuzzRequest, answer: Answer): void {
  const where = `${describeRequest(fuzz)} → ${answer.status} ${answer.text.slice(0, 300)}`;
  const requestId = answer.headers['x-request-id'];
  expect(typeof requestId === 'string' && requestId !== '', `X-Request-Id on ${where}`).toBe(true);
  if (answer.status >= 500) {
    expect(answer.status, `unasked 5xx on ${where}`).toBe(fuzz.askedStatus);
  }
  const contentType = String(answer.headers['content-type'] ?? '');
  const noBody = fuzz.method === 'HEAD' || answer.status === 204;
  if (noBody) {
    expect(answer.text, `a body where none belongs on ${where}`).toBe('');
    return;
  }
  if (answer.status >= 400) {
    const body = JSON.parse(answer.text) as Record<string, unknown>;
    if (contentType.startsWith('application/problem+json')) {
      // The problem format: the mock's controls, and Prism's answers for routes the spec lacks.
      const routed =
        fuzz.method === fuzz.operation.method ||
        (fuzz.method === 'HEAD' && fuzz.operation.method === 'GET');
      const allowed =
        fuzz.usesControls || !routed || answer.status === 404 || answer.status === 405;
      expect(allowed, `problem format for a spec error on ${where}`).toBe(true);
      expect(body, where).toMatchObject({ type: expect.any(String), title: expect.any(String) });
      return;
    }
    expect(contentType, where).toMatch(/^application\/json/);
    expect(body, `Error format on ${where}`).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
      request_id: requestId,
    });
    if (body.details !== undefined) {
      expect(body.details, where).toEqual(
        expect.arrayContaining([{ field: expect.any(String), message: expect.any(String) }]),
      );
    }
    return;
  }
  if (answer.status >= 200 && answer.status < 300 && fuzz.method === fuzz.operation.method) {
    const declared = fuzz.operation.responses.get(String(answer.status));
    expect(declared, `undeclared ${answer.status} on ${where}`).not.toBeUndefined();
    if (declared === null || declared === undefined) return;
    expect(contentType, `2xx without JSON on ${where}`).toMatch(/^application\/json/);
    const body: unknown = JSON.parse(answer.text);
    const valid = declared(body);
    expect(valid, `2xx breaks the spec on ${where}: ${JSON.stringify(declared.errors)}`).toBe(true);
  }
}

describe('fuzzing every operation as a hostile client', () => {
  it('never answers an unasked 5xx, always in the Error (or problem) format, and stays healthy', async () => {
    console.info(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${NUM_RUNS} runs`);
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (fuzz) => {
        sent += 1;
        check(fuzz, await send(mock.url, fuzz));
      }),
      {
        numRuns: NUM_RUNS,
        seed: SEED,
        interruptAfterTimeLimit: TIME_LIMIT_MS,
        endOnFailure: true,
        reporter: (details) => {
          if (details.failed) {
            throw new Error(
              `fuzz failed (seed ${SEED}, path ${details.counterexamplePath}): ${String(details.errorInstance)}`,
            );
          }
        },
      },
    );
    // Every request has its journal line, and the server still answers normally.
    expect(mock.journal.entries.length).toBe(sent);
    const health = await send(mock.url, {
      operation: operations[0] as SpecOperation,
      method: 'GET',
      path: '/caac/v1/tags',
      headers: { apikey: 'k' },
      body: undefined,
      askedStatus: undefined,
      usesControls: false,
    });
    expect(health.status).toBe(200);
  }, 90_000);
});
