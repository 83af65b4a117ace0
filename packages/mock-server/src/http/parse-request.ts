import type { IncomingHttpHeaders } from 'node:http';

/** The request's path and query, split the way Prism expects them. */
export interface ParsedUrl {
  readonly path: string;
  readonly query: Record<string, string | string[]>;
}

/**
 * Splits a request target into path and query; repeated query names become arrays, as in
 * Prism's HTTP server.
 *
 * @example
 * parseUrl('/caac/v2/users?limit=2&tag=a&tag=b'); // { path: '/caac/v2/users', query: { limit: '2', tag: ['a', 'b'] } }
 */
export function parseUrl(target: string): ParsedUrl {
  const { pathname, searchParams } = new URL(target, 'http://mock.invalid');
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return { path: pathname, query };
}

/** Node's headers as single strings (Prism's validators take one value per name). */
export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
