import { createOperationCaller } from './call-operation.js';
import { type CaacCoreClient, createCore } from './core-client.js';
import type { CaacClientOptions } from './options.js';
import { buildResources, type CaacResources } from './resources.js';
import { trackMiddleware } from './track-middleware.js';

/** The typed path client (`client.GET(…)`) plus one resource group per reference section. */
export type CaacClient = CaacCoreClient & CaacResources;

/**
 * Creates a CAAC client. Fails at once, with a `CaacError`, on a missing key, an unknown region
 * or `region` together with `baseUrl`.
 * @example
 * const caac = createCaacClient({ apiKey: 'any', baseUrl: 'http://127.0.0.1:4010' });
 * const tag = await caac.tags.create({ name: 'VIP' });
 * for await (const user of caac.users.list({ limit: 200 })) console.log(user.name);
 * const { data } = await caac.GET('/caac/v1/tags');
 */
export function createCaacClient(options: CaacClientOptions = {}): CaacClient {
  const core = createCore(options);
  const hasMiddleware = trackMiddleware(core.raw);
  return Object.assign(core.raw, buildResources(createOperationCaller(core, hasMiddleware)));
}
