import { defaultBodySerializer, mergeHeaders } from 'openapi-fetch';
import { checkLimits } from './config.js';
import type { CaacCore } from './core-client.js';
import { CaacApiError } from './errors.js';
import { type OperationId, operations } from './generated/operations.js';
import { type OperationParams, operationUrl, splitParams } from './operation-request.js';
import type { CaacRequestOptions } from './options.js';
import { createRedactor, secretHeaderValues } from './redact.js';
import { sendWithRetries } from './send-with-retries.js';
import { createTransport } from './transport.js';

// openapi-fetch's body serialiser also reads the headers (a form content type sends a form); its
// typings omit that second parameter.
const serializeBody = defaultBodySerializer as (
  body: unknown,
  headers: Headers | Record<string, string>,
) => string;

/** Calls one operation by operationId with a resource method's flat params object. */
export type CallOperation = (
  id: OperationId,
  params?: Record<string, unknown>,
  options?: CaacRequestOptions,
) => Promise<unknown>;

// openapi-fetch's typed surface, loosened: here method and path come from the operations table.
type LooseClient = {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Builds the function behind every resource method: splits the flat params by the generated
 * operations table, sends the call, returns the parsed body and throws the matching
 * `CaacApiError` subclass for a non-2xx answer.
 *
 * Without middleware it goes straight to `sendWithRetries` with a URL string and a ready init:
 * no openapi-fetch `Request`, the body serialised once for every attempt, the response read
 * once as text. With middleware (`client.use(…)`) it goes through openapi-fetch, which runs it.
 * Both build the same URL, headers and body, and parse answers the same way.
 * @example const call = createOperationCaller(core, () => false); await call('createTag', { name: 'VIP' });
 */
export function createOperationCaller(core: CaacCore, hasMiddleware: () => boolean): CallOperation {
  const { config } = core;
  const baseUrl = config.baseUrl.endsWith('/') ? config.baseUrl.slice(0, -1) : config.baseUrl;
  // The client-wide headers as openapi-fetch merges them (lower-case names, the last of two
  // spellings wins), computed on the first call so an invalid header fails there, as before.
  let plain: Record<string, string> | undefined;
  let withJson: Record<string, string> | undefined;

  return async (id, params = {}, options = {}) => {
    const split = splitParams(id, params);
    if (hasMiddleware()) return viaOpenapiFetch(core, id, split, options);
    checkLimits(options);
    const op = operations[id];
    let headers: Headers | Record<string, string>;
    if (options.headers) {
      // Per-call headers override the client's, with openapi-fetch's rules (null removes one).
      headers = mergeHeaders(config.headers, options.headers);
      if (op.hasBody && !headers.has('content-type'))
        headers.set('content-type', 'application/json');
    } else {
      plain ??= Object.fromEntries(mergeHeaders(config.headers));
      withJson ??= { 'content-type': 'application/json', ...plain };
      headers = op.hasBody ? withJson : plain;
    }
    const extraHeaders = options.headers;
    const [response, text] = await sendWithRetries(
      config,
      {
        method: op.method,
        url: operationUrl(baseUrl, id, split),
        headers,
        body: op.hasBody ? serializeBody(split.body, headers) : undefined,
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? config.timeoutMs,
        maxRetries: options.maxRetries ?? config.maxRetries,
        operation: id,
        secrets: extraHeaders && (() => secretHeaderValues(Object.entries(extraHeaders))),
      },
      readText,
    );
    if (response.ok) return text ? JSON.parse(text) : undefined;
    let error: unknown;
    if (text !== undefined && !emptyBody(response)) {
      error = text;
      try {
        error = JSON.parse(text);
      } catch {
        // Not JSON: the error body stays the text, as openapi-fetch leaves it.
      }
    }
    throw apiError(core, id, split, options, response, error);
  };
}

// A 204 has no body to read; everything else is read whole, under the attempt's deadline.
function readText(response: Response): Promise<string | undefined> {
  return response.status === 204 ? Promise.resolve(undefined) : response.text();
}

// openapi-fetch's rule for "no body": a 204, or `Content-Length: 0` without chunked encoding.
function emptyBody(response: Response): boolean {
  const { headers } = response;
  return (
    response.status === 204 ||
    (headers.get('content-length') === '0' &&
      !headers.get('transfer-encoding')?.includes('chunked'))
  );
}

// The path openapi-fetch middleware needs: a real openapi-fetch call, with the retrying transport.
async function viaOpenapiFetch(
  core: CaacCore,
  id: OperationId,
  { path, query, body }: OperationParams,
  options: CaacRequestOptions,
): Promise<unknown> {
  const op = operations[id];
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
  throw apiError(core, id, { path, query, body }, options, response, error);
}

function apiError(
  core: CaacCore,
  id: OperationId,
  { path }: OperationParams,
  options: CaacRequestOptions,
  response: Response,
  error: unknown,
): CaacApiError {
  const { config } = core;
  const redact = options.headers
    ? createRedactor([...config.secrets, ...secretHeaderValues(Object.entries(options.headers))])
    : config.redact;
  const op = operations[id];
  return CaacApiError.from({
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
