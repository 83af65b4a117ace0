import type { ServerResponse } from 'node:http';

/** Headers a browser app reads from the mock's answers; listed because `*` means nothing with credentials. */
const EXPOSED = '*, X-Request-Id, Retry-After, sl-violations';
/** Origins served from this machine: the only ones allowed to send credentials (cookies, auth). */
const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Adds CORS headers so a browser app can call the mock from another origin, and answers
 * preflights. Rule: any origin may call (the Origin is echoed, with `Vary: Origin` so no cache
 * hands one origin's answer to another); only loopback origins (`http://localhost:5173`,
 * `http://127.0.0.1:3000`, `http://[::1]:8080`) are also allowed credentials. Returns true
 * when the request was a preflight that is now answered.
 *
 * @example
 * if (applyCors(method, headers, res, requestId)) return; // preflight answered with 204
 */
export function applyCors(
  method: string,
  headers: Record<string, string>,
  res: ServerResponse,
  requestId: string,
): boolean {
  const { origin } = headers;
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-origin', origin ?? '*');
  if (origin !== undefined && LOOPBACK_ORIGIN.test(origin)) {
    res.setHeader('access-control-allow-credentials', 'true');
  }
  res.setHeader('access-control-expose-headers', EXPOSED);
  const requestMethod = headers['access-control-request-method'];
  if (method !== 'OPTIONS' || !origin || !requestMethod) return false;
  res.setHeader('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
  res.setHeader('access-control-allow-methods', requestMethod);
  res.setHeader('access-control-allow-headers', headers['access-control-request-headers'] ?? '*');
  res.writeHead(204, { 'content-length': '0', 'x-request-id': requestId });
  res.end();
  return true;
}
