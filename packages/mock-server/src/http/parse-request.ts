import type { IncomingHttpHeaders } from 'node:http';

/** The request's path and query, split the way Prism expects them. */
export interface ParsedUrl {
  /** The path exactly as sent: still percent-encoded, dot segments not resolved. */
  readonly path: string;
  readonly query: Record<string, string | string[]>;
}

/**
 * Splits a request target into path and query; repeated query names become arrays, as in
 * Prism's HTTP server.
 *
 * Why not `new URL(target)`: the WHATWG parser resolves dot segments, including encoded ones,
 * so `/caac/v1/teams/%2e%2e/users/678` would become `/caac/v1/users/678` and reach another
 * operation. An API server routes the path it was sent; `%2e%2e` is then just a bad team id.
 *
 * @example
 * parseUrl('/caac/v2/users?limit=2&tag=a&tag=b'); // { path: '/caac/v2/users', query: { limit: '2', tag: ['a', 'b'] } }
 */
export function parseUrl(target: string): ParsedUrl {
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(target)?.[0] ?? '';
  const rest = target.slice(origin.length);
  const hash = rest.indexOf('#');
  const withoutHash = hash === -1 ? rest : rest.slice(0, hash);
  const q = withoutHash.indexOf('?');
  const rawPath = q === -1 ? withoutHash : withoutHash.slice(0, q);
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  const query: Record<string, string | string[]> = {};
  if (q === -1) return { path, query };
  const searchParams = new URLSearchParams(withoutHash.slice(q + 1));
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return { path, query };
}

/** Node's headers as single strings (Prism's validators take one value per name). */
export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
