import type { CaacLogger, CaacLogLevel } from './logger.js';
import type { CaacRegion } from './regions.js';

/** A `fetch`-compatible function: takes one `Request`, resolves to its `Response`. */
export type CaacFetch = (request: Request) => Promise<Response>;

/** Options of `createCaacClient()` / `createCaacCoreClient()`. */
export interface CaacClientOptions {
  /** CAAC API key, sent as the `apikey` header. Defaults to the `CAAC_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** Region whose documented host to call: `tw` (default), `th` or `jp`. Not with `baseUrl`. */
  region?: CaacRegion | undefined;
  /** Host to call instead of a region's, e.g. the mock `http://127.0.0.1:4010` or a proxy. */
  baseUrl?: string | undefined;
  /** Deadline of each attempt in milliseconds (default 60 000). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2); see the retry policy in the README. */
  maxRetries?: number | undefined;
  /** `fetch` to send requests with (default `globalThis.fetch`), e.g. to add a proxy or observe calls. */
  fetch?: CaacFetch | undefined;
  /** Extra headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** Where log lines go (default `console`). Giving one without `logLevel` logs from `debug` up. */
  logger?: CaacLogger | undefined;
  /** Least severe level logged; default `off` unless a `logger` is given. */
  logLevel?: CaacLogLevel | undefined;
}

/** Per-call options of resource methods; each overrides the client's value for that call. */
export interface CaacRequestOptions {
  /** Aborts the call, including backoff waits; an abort is never retried. */
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  headers?: Record<string, string> | undefined;
}
