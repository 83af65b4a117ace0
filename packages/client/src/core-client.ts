import createClient, { type Client } from 'openapi-fetch';
import { type ResolvedConfig, resolveConfig } from './config.js';
import type { paths } from './generated/caac.js';
import type { CaacClientOptions } from './options.js';
import { createTransport } from './transport.js';

/**
 * The typed openapi-fetch client for every CAAC path: `GET`, `POST`, `PATCH`, `DELETE`, … return
 * `{ data, error, response }` and never throw for HTTP errors; retries, timeouts, logging and
 * redaction apply to every call.
 */
export type CaacCoreClient = Client<paths, 'application/json'>;

/** @internal A core client together with its resolved configuration, for the resource layer. */
export interface CaacCore {
  config: ResolvedConfig;
  raw: CaacCoreClient;
}

/** @internal Resolves options and builds the openapi-fetch client on the retrying transport. */
export function createCore(options: CaacClientOptions): CaacCore {
  const config = resolveConfig(options);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    fetch: createTransport(config),
  });
  return { config, raw };
}

/**
 * Creates the typed path-based client alone (smallest bundle); `createCaacClient()` adds
 * resource methods on top of the same object.
 * @example
 * const caac = createCaacCoreClient({ region: 'jp' }); // key from CAAC_API_KEY
 * const { data, error } = await caac.GET('/caac/v1/tags');
 */
export function createCaacCoreClient(options: CaacClientOptions = {}): CaacCoreClient {
  return createCore(options).raw;
}
