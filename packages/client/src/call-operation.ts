import type { CaacCore } from './core-client.js';
import { CaacApiError, CaacError } from './errors.js';
import { type OperationId, operations } from './generated/operations.js';
import type { CaacRequestOptions } from './options.js';
import { createRedactor, secretHeaderValues } from './redact.js';
import { createTransport } from './transport.js';

// openapi-fetch's typed surface, loosened: here method and path come from the operations table.
type LooseClient = {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Calls one operation by operationId: splits the flat params object into path, query and body by
 * the generated operations table, sends it through openapi-fetch, returns the parsed body and
 * throws the matching `CaacApiError` subclass for a non-2xx answer.
 * @example await callOperation(core, 'createTag', { name: 'VIP' });
 */
export async function callOperation(
  core: CaacCore,
  id: OperationId,
  params: Record<string, unknown> = {},
  options: CaacRequestOptions = {},
): Promise<unknown> {
  const op = operations[id];
  const pathParams: readonly string[] = op.pathParams;
  const queryParams: readonly string[] = op.queryParams;
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const name of pathParams) {
    // openapi-fetch would leave `{name}` in the URL and call the wrong route.
    if (params[name] == null) throw new CaacError(`${id}: missing path parameter \`${name}\``);
  }
  for (const [key, value] of Object.entries(params)) {
    (pathParams.includes(key) ? path : queryParams.includes(key) ? query : body)[key] = value;
  }
  const { data, error, response } = await (core.raw as unknown as LooseClient).request(
    op.method,
    op.path,
    {
      params: { path, query },
      body: op.hasBody ? body : undefined,
      headers: options.headers,
      signal: options.signal,
      fetch: createTransport(core.config, options, id),
    },
  );
  if (response.ok) return data;
  const redact = createRedactor([
    core.config.apiKey,
    ...secretHeaderValues(new Headers(options.headers)),
  ]);
  throw CaacApiError.from({
    status: response.status,
    body: redact(error),
    headers: redact(Object.fromEntries(response.headers)),
    method: op.method,
    // Built from the route, not response.url, which a middleware's replacement Response may lack.
    path: op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name])),
    ),
    operation: id,
  });
}
