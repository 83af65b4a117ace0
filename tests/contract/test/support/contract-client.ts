import { type CaacClient, createCaacClient } from '@caac/client';
import { expect, inject } from 'vitest';
import { tenantKey } from './tenant-key.js';

/** A client on the contract mock that records the status of every HTTP answer it receives. */
export interface ObservedClient {
  client: CaacClient;
  /** Statuses of every response, in order (retries included). */
  statuses: number[];
}

/**
 * Creates a client against the mock, with the key of the calling test file's tenant. Retries are off unless asked for, so each call is one request.
 * Every test file runs twice (vitest.config.ts): once with a custom `fetch` that records each
 * status, and once on the default global `fetch(url, init)` branch that real users get, where the
 * statuses come from the client's own log lines (one per attempt) instead.
 * @example const { client, statuses } = contractClient(); await client.tags.list();
 */
export function contractClient(
  options: { apiKey?: string; maxRetries?: number; headers?: Record<string, string> } = {},
): ObservedClient {
  const statuses: number[] = [];
  const record = (_message: string, details?: { status?: unknown }) => {
    if (typeof details?.status === 'number') statuses.push(details.status);
  };
  const client = createCaacClient({
    apiKey: options.apiKey ?? tenantKey(expect.getState().testPath ?? ''),
    baseUrl: inject('mockUrl'),
    maxRetries: options.maxRetries ?? 0,
    headers: options.headers,
    ...(inject('fetchMode') === 'global'
      ? {
          // No `fetch` option: the client calls the global fetch(url, init).
          logger: { debug: record, info: record, warn: record, error: record },
          logLevel: 'info' as const,
        }
      : {
          fetch: async (request: Request) => {
            const response = await fetch(request);
            statuses.push(response.status);
            return response;
          },
        }),
  });
  return { client, statuses };
}
