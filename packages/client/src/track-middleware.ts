import type { CaacCoreClient } from './core-client.js';

/**
 * Wraps `client.use`/`client.eject` to keep count of registered openapi-fetch middleware, so
 * resource methods can take their direct path when there is none and go through openapi-fetch
 * (where middleware runs) when there is. Returns whether any is registered.
 * @example const hasMiddleware = trackMiddleware(raw); if (!hasMiddleware()) { … }
 */
export function trackMiddleware(client: CaacCoreClient): () => boolean {
  const registered: unknown[] = [];
  const { use, eject } = client;
  // One at a time, mirroring openapi-fetch: it skips empty entries and throws on an invalid one
  // after registering those before it.
  client.use = (...middleware) => {
    for (const m of middleware) {
      use(m);
      if (m) registered.push(m);
    }
  };
  client.eject = (...middleware) => {
    eject(...middleware);
    for (const m of middleware) {
      const i = registered.indexOf(m);
      if (i !== -1) registered.splice(i, 1);
    }
  };
  return () => registered.length > 0;
}
