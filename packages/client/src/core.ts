// `@caac/client/core`: the typed path client with retries, timeouts, logging and redaction, without
// resource methods, pagination or the HTTP error classes — for the smallest bundle.

// openapi-fetch's middleware type, for `client.use(…)`, so callers need no second import.
export type { Middleware } from 'openapi-fetch';
export { type CaacCoreClient, createCaacCoreClient } from './core-client.js';
// Only what a raw call can throw: HTTP errors come back as `{ error, response }` here.
export { CaacConnectionError, CaacError, CaacTimeoutError } from './errors.js';
export type { components, operations, paths } from './generated/caac.js';
export type { CaacLogger, CaacLogLevel } from './logger.js';
export type { CaacClientOptions, CaacFetch, CaacRequestOptions } from './options.js';
export { REDACTED } from './redact.js';
export { CAAC_REGIONS, type CaacRegion } from './regions.js';
export { TAKES_URL_AND_INIT } from './url-init-fetch.js';
export { VERSION } from './version.js';
