import { DEFAULT_MAX_BODY_BYTES } from './http/read-body.js';
import type { JournalEntry } from './journal/journal.js';
import type { Controls } from './scenario/controls.js';
import { MAX_DELAY_MS, parseFault } from './scenario/faults.js';

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
  /** Seed for dynamic responses, so they repeat run after run. */
  readonly seed?: number | string;
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
 * Checks `maxBodyBytes` once at start, so a typo fails loudly instead of refusing every body.
 *
 * @example
 * maxBodyBytes({ maxBodyBytes: 2048 }); // 2048
 */
export function maxBodyBytes(options: MockServerOptions): number {
  const value = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `[@caac/mock-server] maxBodyBytes must be a whole number of bytes >= 0, got ${value}`,
    );
  }
  return value;
}

/** Checks options that could otherwise fail on every request, and turns them into defaults. */
export function defaultControls(options: MockServerOptions): Controls {
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_DELAY_MS) {
    throw new RangeError(
      `[@caac/mock-server] latencyMs must be an integer from 0 to ${MAX_DELAY_MS}, got ${latencyMs}`,
    );
  }
  if (options.fault === undefined) return { delayMs: latencyMs };
  const fault = parseFault(options.fault);
  if (!fault.ok) throw new TypeError(`[@caac/mock-server] fault: ${fault.error}`);
  return { delayMs: latencyMs, fault: fault.value };
}
