import { CaacMockConfigError } from './errors.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/read-request-body.js';
import type { JournalEntry } from './journal/journal.js';
import type { CaacMockLogger } from './log/mock-logger.js';
import type { AgentConfig } from './loop/agent-config.js';
import type { Controls } from './scenario/controls.js';
import { MAX_DELAY_MS, parseFault } from './scenario/faults.js';
import type { OrganizationSeed } from './simulator/model/records.js';

/** Options of {@link startMockServer}. Every field is optional. */
export interface MockServerOptions {
  /** Port to listen on; `0` (default) picks a free one, so test files can run in parallel. */
  readonly port?: number;
  /** Interface to bind; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** OpenAPI document to serve: a file path or a parsed object. Default: the bundled CAAC spec. */
  readonly spec?: string | object;
  /** Generate responses from schemas instead of examples (Prism's `--dynamic`). Default false. */
  readonly dynamic?: boolean;
  /**
   * A number or string: the seed of dynamic responses, so they repeat run after run.
   * An object: the organization every stateful tenant starts from (needs `stateful: true`;
   * checked against `schema/organization.schema.json`).
   */
  readonly seed?: number | string | OrganizationSeed;
  /**
   * Answer from an in-memory model of a CAAC organization (one per API key) instead of the
   * spec's examples: what a test creates, it can read back. Default false.
   */
  readonly stateful?: boolean;
  /** A JSON or YAML seed file for the stateful tenants (the `seed` object wins). */
  readonly seedFile?: string;
  /** Stateful mode: load tenants from this file at start, write them back (atomically) after changes. */
  readonly stateFile?: string;
  /**
   * Stateful mode: the AI agent the conversation loop calls for every tenant without its own
   * (see `agents`). Member messages come from `mock.memberSays(...)` or the loop's control route.
   */
  readonly agent?: AgentConfig;
  /** Stateful mode: an AI agent per API key; wins over `agent`. */
  readonly agents?: Readonly<Record<string, AgentConfig>>;
  /**
   * Answer 500 when a response does not match its own schema (Prism's `--errors`).
   * Default **true** here, so a drifted example fails tests loudly; the CLI defaults to false.
   */
  readonly errors?: boolean;
  /**
   * Valid values of the `apikey` header. When empty or absent, any non-empty key is accepted;
   * a missing key always answers 401.
   */
  readonly apiKeys?: readonly string[];
  /** Delay every response by this many milliseconds (a request's `X-Caac-Mock-Delay` wins). */
  readonly latencyMs?: number;
  /**
   * Inject a fault into every request, in the `X-Caac-Mock-Fault` syntax: `'429;retry-after=2'`,
   * `'503'`, `'drop'`, `'503;times=1'`. A request's own header (or `none`) wins.
   */
  readonly fault?: string;
  /** Called after each request is answered, dropped or aborted. */
  readonly onRequest?: (entry: JournalEntry) => void;
  /**
   * Where the mock's diagnostics go: one `debug` line per request (the CLI's journal line, with
   * the entry as details), `warn` when an `onRequest` or loop event listener throws, `error` when
   * handling a request fails. The same shape as `@caac/client`'s `CaacLogger`, so `console`,
   * pino or the logger you give the client all work. Without one, warnings and errors are
   * process warnings (`CaacMockWarning`) and nothing else is logged.
   *
   * @example
   * await startMockServer({ logger: console });
   */
  readonly logger?: CaacMockLogger;
  /** How many journal entries to keep (newest win). Default 1000; 0 keeps none. */
  readonly journalLimit?: number;
  /**
   * Send CORS headers and answer preflights, so browser apps on any origin can call the mock.
   * Credentials are allowed for loopback origins only. Default true.
   */
  readonly cors?: boolean;
  /**
   * Largest request body in bytes; a larger one answers 413 (Error format) without being read,
   * and its connection is closed. Default 1 MiB (1048576).
   */
  readonly maxBodyBytes?: number;
}

/**
 * The logger's shape, checked once at start, so a logger without `debug` fails loudly instead of
 * on the first request.
 *
 * @example
 * checkLogger({ logger: console }); // console
 */
export function checkLogger(options: MockServerOptions): CaacMockLogger | undefined {
  const { logger } = options;
  if (logger === undefined) return undefined;
  const missing = (['debug', 'info', 'warn', 'error'] as const).filter(
    (level) => typeof (logger as Partial<CaacMockLogger> | null)?.[level] !== 'function',
  );
  if (missing.length > 0) {
    throw new CaacMockConfigError(
      `logger must have debug, info, warn and error methods (like console); missing ${missing.join(', ')}`,
    );
  }
  return logger;
}

/**
 * Checks `maxBodyBytes` once at start, so a typo fails loudly instead of refusing every body.
 *
 * @example
 * maxBodyBytes({ maxBodyBytes: 2048 }); // 2048
 */
export function maxBodyBytes(options: MockServerOptions): number {
  const value = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new CaacMockConfigError(
      `maxBodyBytes must be a whole number of bytes >= 0, got ${value}`,
    );
  }
  return value;
}

/** Checks options that could otherwise fail on every request, and turns them into defaults. */
export function defaultControls(options: MockServerOptions): Controls {
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_DELAY_MS) {
    throw new CaacMockConfigError(
      `latencyMs must be an integer from 0 to ${MAX_DELAY_MS}, got ${latencyMs}`,
    );
  }
  if (options.fault === undefined) return { delayMs: latencyMs };
  const fault = parseFault(options.fault);
  if (!fault.ok) throw new CaacMockConfigError(`fault: ${fault.error}`);
  return { delayMs: latencyMs, fault: fault.value };
}

/** The stateful mode's options, checked: a seed object only makes sense with `stateful: true`. */
export function statefulOptions(
  options: MockServerOptions,
): { seed?: OrganizationSeed; seedFile?: string; stateFile?: string } | undefined {
  const seedObject = typeof options.seed === 'object' ? options.seed : undefined;
  if (!options.stateful) {
    const given = [
      seedObject && 'a seed object',
      options.seedFile && 'seedFile',
      options.stateFile && 'stateFile',
      options.agent && 'agent',
      options.agents && 'agents',
    ].filter(Boolean);
    if (given.length > 0) {
      throw new CaacMockConfigError(
        `${given.join(' and ')} need stateful: true (they seed, persist or drive the stateful simulator)`,
      );
    }
    return undefined;
  }
  return {
    ...(seedObject === undefined ? {} : { seed: seedObject }),
    ...(options.seedFile === undefined ? {} : { seedFile: options.seedFile }),
    ...(options.stateFile === undefined ? {} : { stateFile: options.stateFile }),
  };
}
