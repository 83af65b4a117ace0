import { type CaacClient, createCaacClient } from '@caac/client';
import { inject } from 'vitest';
import { CONTRACT_API_KEY } from './global-setup.js';

/** A client on the contract mock that records the status of every HTTP answer it receives. */
export interface ObservedClient {
  client: CaacClient;
  /** Statuses of every response, in order (retries included). */
  statuses: number[];
}

/**
 * Creates a client against the mock. Retries are off unless asked for, so each call is one request.
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
    apiKey: options.apiKey ?? CONTRACT_API_KEY,
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
