import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IHttpOperation } from '@stoplight/types';
import { applyCors } from './http/cors.js';
import { mockError } from './http/mock-error.js';
import { flattenHeaders, parseUrl } from './http/parse-request.js';
import { type RequestBody, readBody } from './http/read-body.js';
import { redactUrl } from './http/redact.js';
import { sendAnswer } from './http/send-answer.js';
import {
  type ApiKeyVerdict,
  type Journal,
  type JournalEntry,
  RequestJournal,
} from './journal/journal.js';
import { defaultControls, type MockServerOptions } from './options.js';
import {
  createEngine,
  type Engine,
  type EngineAnswer,
  type EngineRequest,
} from './prism/engine.js';
import { apiKeyVerdict } from './scenario/api-keys.js';
import { readControls } from './scenario/controls.js';
import { FaultBudget } from './scenario/fault-budget.js';
import { pageExample } from './scenario/pagination.js';
import { parsePreferences } from './scenario/prefer.js';
import { bundledSpecPath } from './spec/bundled-spec.js';
import { loadOperations } from './spec/load-operations.js';

/** A running mock, as returned by {@link startMockServer}. */
export interface MockServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Every request received, newest last. */
  readonly journal: Journal;
  /** Forgets how often `times=N` faults have fired, so they fire again. */
  resetFaults(): void;
  /** Stops listening, cuts open connections and pending delays, and frees the port. */
  close(): Promise<void>;
}

type Outcome = EngineAnswer | 'drop';

/**
 * Starts the CAAC mock: Prism in-process behind a thin `node:http` layer that adds API key
 * checks, scenario choice, pagination, latency and fault injection, and a request journal.
 * Resolves once the server is listening.
 *
 * @example
 * const mock = await startMockServer({ port: 0, apiKeys: ['test-key'] });
 * const res = await fetch(`${mock.url}/caac/v2/channels`, { headers: { apikey: 'test-key' } });
 * console.log(res.status, mock.journal.entries.length); // 200 1
 * await mock.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const defaults = defaultControls(options);
  const operations = await loadOperations(options.spec ?? bundledSpecPath('caac'));
  const engine = createEngine({
    operations,
    errors: options.errors ?? true,
    dynamic: options.dynamic ?? false,
    ...(options.seed === undefined ? {} : { seed: String(options.seed) }),
  });
  const journal = new RequestJournal(options.journalLimit ?? 1000);
  const budget = new FaultBudget();
  const validKeys = new Set(options.apiKeys ?? []);
  const closing = new AbortController();
  const cors = options.cors ?? true;
  let nextId = 1;

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const receivedAt = new Date().toISOString();
    const id = nextId++;
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const headers = flattenHeaders(req.headers);
    let operationId: string | undefined;
    let apiKey: ApiKeyVerdict = 'not-required';
    let scenario: JournalEntry['scenario'] = {};
    let violations: JournalEntry['violations'] = { request: [], response: [] };

    const record = (outcome: JournalEntry['outcome'], status: number): void => {
      const entry: JournalEntry = {
        id,
        receivedAt,
        method,
        url: redactUrl(target),
        ...(operationId === undefined ? {} : { operationId }),
        apiKey,
        scenario,
        violations,
        status,
        outcome,
        durationMs: performance.now() - started,
      };
      journal.add(entry);
      if (options.onRequest) notify(options.onRequest, entry);
    };

    if (cors && applyCors(method, headers, res)) return record('answered', 204);

    const { path, query } = parseUrl(target);
    const body = await readBody(req);
    const operation = engine.find(method, path);
    operationId = operation?.iid;
    const request: EngineRequest = {
      method,
      path,
      query,
      headers,
      body: body.kind === 'json' || body.kind === 'text' ? body.value : null,
    };

    let outcome: Outcome;
    let delayMs = 0;
    const controls = readControls(headers, defaults);
    if (!controls.ok) {
      outcome = usageProblem(422, controls.error);
    } else {
      delayMs = controls.value.delayMs;
      const { fault } = controls.value;
      const route = `${method} ${operation?.path ?? path}`;
      if (delayMs > 0) scenario = { ...scenario, delayMs };
      // Judged even when a fault answers instead, so the journal always tells what the key was.
      if (operation) apiKey = apiKeyVerdict(operation, headers, validKeys);
      if (fault && budget.shouldFire(fault, route)) {
        scenario = { ...scenario, fault: fault.source };
        outcome =
          fault.kind === 'drop'
            ? 'drop'
            : await mockError(engine, request, {
                status: fault.status,
                message: `${fault.status} injected by X-Caac-Mock-Fault`,
                ...retryAfterFor(fault.status, fault.retryAfter),
              });
      } else {
        const normal = await answerNormally(engine, request, operation, apiKey, body.kind);
        scenario = { ...scenario, ...normal.scenario };
        outcome = normal.answer;
      }
    }
    if (outcome !== 'drop') violations = outcome.violations;

    if (delayMs > 0) {
      try {
        await sleep(delayMs, undefined, { signal: closing.signal });
      } catch {
        // The server is closing: the connection is being cut anyway.
      }
    }
    if (res.destroyed || closing.signal.aborted) return record('aborted', 0);
    if (outcome === 'drop') {
      // Destroying the socket without a response is what a crashed or overloaded upstream does;
      // clients see ECONNRESET / "socket hang up", which their retry code must handle.
      req.socket.destroy();
      return record('dropped', 0);
    }
    sendAnswer(res, outcome);
    record('answered', outcome.status);
  };

  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      // A bug in the mock must not take the server down: answer 500 and carry on.
      if (!res.headersSent && !res.destroyed) {
        sendAnswer(res, usageProblem(500, `mock internal error: ${describe(error)}`));
      } else {
        res.destroy();
      }
    });
  });
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl(address),
    port: address.port,
    host: address.address,
    journal,
    resetFaults: () => budget.reset(),
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/**
 * The answer when no fault fires: key check, then body parsing, then Prism with the request's
 * `Prefer` choices (and `lastPage` for continued list requests).
 */
async function answerNormally(
  engine: Engine,
  request: EngineRequest,
  operation: IHttpOperation | undefined,
  apiKey: ApiKeyVerdict,
  bodyKind: RequestBody['kind'],
): Promise<{ answer: EngineAnswer; scenario: JournalEntry['scenario'] }> {
  if (apiKey === 'missing' || apiKey === 'unknown') {
    const message = apiKey === 'missing' ? 'missing apikey header' : 'unknown API key';
    return { answer: await mockError(engine, request, { status: 401, message }), scenario: {} };
  }
  if (operation && bodyKind === 'malformed-json') {
    const message = 'request body is not valid JSON';
    return { answer: await mockError(engine, request, { status: 400, message }), scenario: {} };
  }
  if (bodyKind === 'too-large') {
    return { answer: usageProblem(413, 'request body is larger than 10 MB'), scenario: {} };
  }
  const preferences = parsePreferences(request.headers.prefer, request.query);
  if (!preferences.ok) return { answer: usageProblem(422, preferences.error), scenario: {} };
  const { code, dynamic, seed, example } = preferences.value;
  const exampleKey =
    example ?? (operation ? pageExample(operation, request.query, preferences.value) : undefined);
  const scenario = {
    ...(code === undefined ? {} : { code }),
    ...(exampleKey === undefined ? {} : { example: exampleKey }),
    ...(dynamic === undefined ? {} : { dynamic }),
  };
  const answer = await engine.answer(request, {
    ...(code === undefined ? {} : { code }),
    ...(exampleKey === undefined ? {} : { exampleKey }),
    ...(dynamic === undefined ? {} : { dynamic }),
    ...(seed === undefined ? {} : { seed }),
  });
  return { answer, scenario };
}

/** 429 and 503 always carry Retry-After; 1 s by default keeps retry tests fast. */
function retryAfterFor(status: number, retryAfter: number | undefined): { retryAfter?: number } {
  if (retryAfter !== undefined) return { retryAfter };
  return status === 429 || status === 503 ? { retryAfter: 1 } : {};
}

/** A problem document for mistakes in using the mock itself (bad control header, huge body). */
function usageProblem(status: number, detail: string): EngineAnswer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://github.com/cresclab/caac-sdk/tree/main/packages/mock-server#scenario-headers',
      title: 'Invalid mock control',
      status,
      detail,
    },
    fromPrism: true,
    violations: { request: [], response: [] },
  };
}

function notify(listener: (entry: JournalEntry) => void, entry: JournalEntry): void {
  try {
    listener(entry);
  } catch (error) {
    process.emitWarning(`onRequest listener threw: ${describe(error)}`, 'CaacMockWarning');
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          `[@caac/mock-server] cannot listen on ${host}:${port}: ${error.code ?? error.message}`,
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

function baseUrl(address: AddressInfo): string {
  const unspecified = address.address === '0.0.0.0' || address.address === '::';
  const host = unspecified ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
