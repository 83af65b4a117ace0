import { createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { CaacError } from './errors.js';
import { type OperationId, operations } from './generated/operations.js';

/** A resource method's flat params, split where the spec puts each field. */
export interface OperationParams {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
}

/**
 * Splits the flat params object of a resource method into path, query and body by the generated
 * operations table. Throws a `CaacError` for a missing path parameter, which would otherwise
 * leave `{name}` in the URL and call the wrong route.
 * @example splitParams('updateTag', { tag_id: 1, name }) // → { path: { tag_id: 1 }, query: {}, body: { name } }
 */
export function splitParams(id: OperationId, params: Record<string, unknown>): OperationParams {
  const op = operations[id];
  const pathParams: readonly string[] = op.pathParams;
  const queryParams: readonly string[] = op.queryParams;
  const split: OperationParams = { path: {}, query: {}, body: {} };
  for (const name of pathParams) {
    if (params[name] == null) throw new CaacError(`${id}: missing path parameter \`${name}\``);
  }
  for (const key of Object.keys(params)) {
    const part = pathParams.includes(key) ? 'path' : queryParams.includes(key) ? 'query' : 'body';
    split[part][key] = params[key];
  }
  return split;
}

// openapi-fetch's own serialisers, so a resource call builds exactly the URL the typed path
// client would (form-style query, `undefined` values dropped, path values URI-encoded).
const serializeQuery = createQuerySerializer();

/**
 * The absolute URL of an operation: `baseUrl` (no trailing slash) + route with path parameters
 * + query string.
 * @example operationUrl('http://127.0.0.1:4010', 'deleteTag', { path: { tag_id: 7 }, query: {} })
 * // → 'http://127.0.0.1:4010/caac/v1/tags/7'
 */
export function operationUrl(
  baseUrl: string,
  id: OperationId,
  params: Pick<OperationParams, 'path' | 'query'>,
): string {
  const { path } = operations[id];
  const url = path.includes('{')
    ? defaultPathSerializer(`${baseUrl}${path}`, params.path)
    : `${baseUrl}${path}`;
  const search = serializeQuery(params.query);
  return search ? `${url}?${search}` : url;
}
