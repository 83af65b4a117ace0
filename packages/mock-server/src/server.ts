import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CaacMockListenError, CaacMockStateError } from './errors.js';
import { type Journal, RequestJournal } from './journal/journal.js';
import { createMockLog } from './log/mock-logger.js';
import type { AgentConfig } from './loop/agent-config.js';
import type { MemberSaysResult } from './loop/conversation-loop.js';
import { createLoopHost, type MemberSaysInput, type TenantRef } from './loop/loop-host.js';
import { agentFromSeed } from './loop/seed-agent.js';
import {
  checkLogger,
  defaultControls,
  type MockServerOptions,
  maxBodyBytes,
  statefulOptions,
} from './options.js';
import { createEngine } from './prism/engine.js';
import { createRequestHandler } from './request-handler.js';
import { FaultBudget } from './scenario/fault-budget.js';
import type { Organization } from './simulator/model/organization.js';
import type { OrganizationState } from './simulator/model/records.js';
import { seedOrThrow } from './simulator/seed.js';
import { StatefulMode } from './simulator/stateful-mode.js';
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
  /** Stateful mode: puts the tenant of `apiKey` back to its seed (every tenant without a key). */
  reset(apiKey?: string): void;
  /** Stateful mode: a deep copy of the tenant's state, in the seed format (no keys in it). */
  snapshot(apiKey: string): OrganizationState;
  /** Stateful mode: replaces the tenant's state with a seed or snapshot (checked first). */
  load(apiKey: string, state: unknown): void;
  /** Stateful mode: the live model of the tenant (for the conversation loop and test set-up). */
  organization(apiKey: string): Organization;
  /**
   * Stateful mode: plays a member writing on a channel; resolves when the agent's turn that
   * answers it is over (`result.kind` `turn` with the outcome, or `skipped` with the reason).
   */
  memberSays(input: MemberSaysInput): Promise<MemberSaysResult>;
  /** Stateful mode: sets (or, with undefined, removes) the AI agent of one tenant. */
  setAgent(tenant: TenantRef, agent: AgentConfig | undefined): void;
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
  const log = createMockLog(checkLogger(options));
  const operations = await loadOperations(options.spec ?? bundledSpecPath('caac'));
  const engine = createEngine({
    operations,
    errors: options.errors ?? true,
    dynamic: options.dynamic ?? false,
    ...(options.seed === undefined || typeof options.seed === 'object'
      ? {}
      : { seed: String(options.seed) }),
  });
  const journal = new RequestJournal(options.journalLimit ?? 1000);
  const budget = new FaultBudget();
  const validKeys = new Set(options.apiKeys ?? []);
  const statefulChoice = statefulOptions(options);
  const stateful = statefulChoice
    ? StatefulMode.create({ ...statefulChoice, validKeys })
    : undefined;
  const simulator = () => {
    if (!stateful)
      throw new CaacMockStateError('start the mock with stateful: true to use its state');
    return stateful.simulator;
  };
  const closing = new AbortController();
  // The conversation loop's routes and playground answer before the CAAC routes (stateful only).
  const loop =
    stateful &&
    createLoopHost({
      tenants: stateful.simulator.tenants,
      journal,
      closing: closing.signal,
      apiKeys: [...validKeys],
      options: {
        ...agentOption(options),
        ...(options.agents === undefined ? {} : { agents: options.agents }),
      },
      onChange: () => stateful.changed(),
      log,
    });
  const caac = createRequestHandler({
    engine,
    defaults,
    budget,
    validKeys,
    stateful,
    journal,
    onRequest: options.onRequest,
    log,
    cors: options.cors ?? true,
    maxBodyBytes: bodyLimit,
    closing: closing.signal,
  });
  const server = createServer(loop ? (req, res) => loop.handle(req, res) || caac(req, res) : caac);
  const loopOrThrow = () => {
    if (!loop) throw new CaacMockStateError('start the mock with stateful: true to play members');
    return loop;
  };
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl(address),
    port: address.port,
    host: address.address,
    journal,
    resetFaults: () => budget.reset(),
    reset: (apiKey) => simulator().reset(apiKey),
    snapshot: (apiKey) => simulator().snapshot(apiKey),
    load: (apiKey, state) => simulator().load(apiKey, seedOrThrow(state, 'snapshot')),
    organization: (apiKey) => simulator().organization(apiKey),
    // async, so a stateless mock rejects the promise like every other failure of memberSays
    memberSays: async (input) => loopOrThrow().memberSays(input),
    setAgent: (tenant, agent) => loopOrThrow().configureAgent(tenant, agent),
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        stateful?.flush();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** The default agent: `agent` wins over the seed's `agent`. */
function agentOption(options: MockServerOptions): { agent?: AgentConfig } {
  const agent =
    options.agent ??
    agentFromSeed(
      typeof options.seed === 'object' ? options.seed : undefined,
      options.seedFile,
      process.env,
    );
  return agent === undefined ? {} : { agent };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new CaacMockListenError(
          error.code,
          `cannot listen on ${host}:${port}: ${error.code ?? error.message}`,
          { cause: error },
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
