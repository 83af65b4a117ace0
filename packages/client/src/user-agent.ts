import { VERSION } from './version.js';

/** `@caac/client/<version>`, sent on every request so CAAC can see which client called. */
export const CLIENT_ID = `@caac/client/${VERSION}`;

/**
 * Identification headers. `x-caac-client` always; `user-agent` only outside browsers, which
 * own that header (Chrome drops it, Firefox sends it and forces a CORS preflight).
 * @example identityHeaders() // → { 'x-caac-client': '@caac/client/0.1.0', 'user-agent': … }
 */
export function identityHeaders(): Record<string, string> {
  const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent;
  return agent?.startsWith('Mozilla/')
    ? { 'x-caac-client': CLIENT_ID }
    : { 'x-caac-client': CLIENT_ID, 'user-agent': CLIENT_ID };
}
