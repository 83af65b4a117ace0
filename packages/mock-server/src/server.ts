import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Journal, RequestJournal } from './journal/journal.js';
import { defaultControls, type MockServerOptions, maxBodyBytes } from './options.js';
import { createEngine } from './prism/engine.js';
import { createRequestHandler } from './request-handler.js';
import { FaultBudget } from './scenario/fault-budget.js';
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
  const bodyLimit = maxBodyBytes(options);
  const operations = await loadOperations(options.spec ?? bundledSpecPath('caac'));
  const engine = createEngine({
    operations,
    errors: options.errors ?? true,
    dynamic: options.dynamic ?? false,
    ...(options.seed === undefined ? {} : { seed: String(options.seed) }),
  });
  const journal = new RequestJournal(options.journalLimit ?? 1000);
  const budget = new FaultBudget();
  const closing = new AbortController();
  const server = createServer(
    createRequestHandler({
      engine,
      defaults,
      budget,
      validKeys: new Set(options.apiKeys ?? []),
      journal,
      onRequest: options.onRequest,
      cors: options.cors ?? true,
      maxBodyBytes: bodyLimit,
      closing: closing.signal,
    }),
  );
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
