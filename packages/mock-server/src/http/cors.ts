import type { ServerResponse } from 'node:http';

/**
 * Adds the permissive CORS headers `prism mock` sends by default, so a browser app can call the
 * mock from another origin. Returns true when the request was a preflight that is now answered.
 *
 * @example
 * if (applyCors(method, headers, res)) return; // preflight answered with 204
 */
export function applyCors(
  method: string,
  headers: Record<string, string>,
  res: ServerResponse,
): boolean {
  res.setHeader('access-control-allow-origin', headers.origin ?? '*');
  res.setHeader('access-control-allow-headers', headers['access-control-request-headers'] ?? '*');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-expose-headers', '*');
  if (method !== 'OPTIONS' || !headers.origin || !headers['access-control-request-method']) {
    return false;
  }
  res.setHeader('access-control-allow-methods', headers['access-control-request-method']);
  res.setHeader('vary', 'origin');
  res.writeHead(204, { 'content-length': '0' });
  res.end();
  return true;
}
