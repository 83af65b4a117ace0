import { request } from 'node:http';

/**
 * Every request in these tests gives up after this long, so a hang fails instead of stalling.
 * Generous: on a busy 2-core CI machine a first request to a fresh Prism has taken over 10 s.
 */
export const REQUEST_TIMEOUT_MS = 45_000;

/**
 * `fetch` with a bounded wait, returning status, headers and parsed JSON (or text).
 *
 * @example
 * const { status, body } = await call(mock.url, '/caac/v1/tags', { headers: { apikey: 'k' } });
 */
export async function call(
  base: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    ...init,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') {
    body = JSON.parse(text);
  }
  return { status: response.status, headers: response.headers, body, ms };
}

/**
 * One request over a fresh `node:http` connection, resolving with how it ended, so a dropped
 * connection shows up as its socket error rather than a fetch retry.
 *
 * @example
 * await rawGet(mock.url, '/caac/v1/tags', { apikey: 'k', 'x-caac-mock-fault': 'drop' }); // { error: 'ECONNRESET' }
 */
export function rawGet(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const req = request(`${base}${path}`, { headers, agent: false, timeout: REQUEST_TIMEOUT_MS });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('timeout', () => req.destroy(new Error('test request timed out')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
    req.end();
  });
}
