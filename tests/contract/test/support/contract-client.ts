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
 * @example const { client, statuses } = contractClient(); await client.tags.list();
 */
export function contractClient(
  options: { apiKey?: string; maxRetries?: number; headers?: Record<string, string> } = {},
): ObservedClient {
  const statuses: number[] = [];
  const client = createCaacClient({
    apiKey: options.apiKey ?? CONTRACT_API_KEY,
    baseUrl: inject('mockUrl'),
    maxRetries: options.maxRetries ?? 0,
    headers: options.headers,
    fetch: async (request) => {
      const response = await fetch(request);
      statuses.push(response.status);
      return response;
    },
  });
  return { client, statuses };
}
