import { type Client, defaultBodySerializer, mergeHeaders } from 'openapi-fetch';
import { checkLimits } from './config.js';
import type { CaacCore } from './core-client.js';
import { CaacApiError } from './errors.js';
import { type OperationId, operations } from './generated/operations.js';
import { type OperationParams, operationUrl, splitParams } from './operation-request.js';
import type { CaacRequestOptions } from './options.js';
import { createRedactor, secretHeaderValues } from './redact.js';
import { sendWithRetries } from './send-with-retries.js';
import { createTransport } from './transport.js';

/** A successful call: the parsed body (`undefined` for a 204) and the response it came from. */
export interface Sent {
  data: unknown;
  response: Response;
}

/** Calls one operation by operationId with a resource method's flat params object. */
export type CallOperation = (
  id: OperationId,
  params?: Record<string, unknown>,
  options?: CaacRequestOptions,
) => Promise<Sent>;

// The typed path client seen through openapi-fetch's own `Client` type over untyped paths: the
// method and route come from the generated operations table, checked by the generator, not here.
type Loose = Record<string, unknown>;
type AnyOperation = {
  parameters: { path: Loose; query: Loose };
  requestBody?: { content: { 'application/json': Loose } };
  responses: Record<number, { content: { 'application/json': unknown } }>;
};
type ByOperation = Client<
  Record<string, Record<'get' | 'post' | 'patch' | 'delete', AnyOperation>>
>;

/**
 * Builds the function behind every resource method: splits the flat params by the generated
 * operations table, sends the call and resolves to the parsed body with its response; throws the
 * matching `CaacApiError` subclass for a non-2xx answer.
 *
 * openapi-fetch is the reference path: with middleware registered (`client.use(…)`), or a
 * content type other than JSON, the call goes through it, on the same retrying transport with
 * the per-call options. Otherwise the call is sent directly with `sendWithRetries`, with the
 * same URL, headers and JSON body built by openapi-fetch's exported serialisers, but without
 * openapi-fetch's `Request` and buffered `Response` copies: the client benchmark measures what
 * that saves. test/send-path.test.ts and test/per-call-options.test.ts hold the two equal.
 * @example const call = createOperationCaller(core, () => false); await call('createTag', { name: 'VIP' });
 */
export function createOperationCaller(core: CaacCore, hasMiddleware: () => boolean): CallOperation {
  const { config } = core;
  const baseUrl = config.baseUrl.endsWith('/') ? config.baseUrl.slice(0, -1) : config.baseUrl;
  // The client-wide headers as openapi-fetch merges them (lower-case names, the last of two
  // spellings wins), computed on the first call so an invalid header fails there.
  let plain: Record<string, string> | undefined;

  return async (id, params = {}, options = {}) => {
    const split = splitParams(id, params);
    const op = operations[id];
    plain ??= Object.fromEntries(mergeHeaders(config.headers));
    // Per-call headers override the client's, with openapi-fetch's rules (null removes one).
    const headers = options.headers
      ? Object.fromEntries(mergeHeaders(plain, options.headers))
      : { ...plain };
    if (op.hasBody) headers['content-type'] ??= 'application/json';
    // openapi-fetch decides how to serialise any other content type; only JSON is sent directly.
    if (hasMiddleware() || (op.hasBody && headers['content-type'] !== 'application/json')) {
      return viaOpenapiFetch(core, id, split, options);
    }
    checkLimits(options);
    const extraHeaders = options.headers;
    const [response, text] = await sendWithRetries(
      config,
      {
        method: op.method,
        url: operationUrl(baseUrl, id, split),
        headers,
        body: op.hasBody ? defaultBodySerializer(split.body) : undefined,
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? config.timeoutMs,
        maxRetries: options.maxRetries ?? config.maxRetries,
        operation: id,
        secrets: extraHeaders && (() => secretHeaderValues(Object.entries(extraHeaders))),
      },
      readText,
    );
    if (response.ok) return { data: text ? JSON.parse(text) : undefined, response };
    let error: unknown = text;
    try {
      error = text && JSON.parse(text);
    } catch {
      // Not JSON: the error body stays the text, as openapi-fetch leaves it.
    }
    throw apiError(core, id, split, options, response, error);
  };
}

// A 204 has no body to read; everything else is read whole, under the attempt's deadline.
async function readText(response: Response): Promise<string | undefined> {
  return response.status === 204 ? undefined : response.text();
}

// The reference path: a real openapi-fetch call (middleware runs), with the retrying transport
// built for this call's options.
async function viaOpenapiFetch(
  core: CaacCore,
  id: OperationId,
  split: OperationParams,
  options: CaacRequestOptions,
): Promise<Sent> {
  const op = operations[id];
  const { data, error, response } = await (core.raw as unknown as ByOperation).request(
    op.method.toLowerCase() as 'get',
    op.path,
    {
      params: { path: split.path, query: split.query },
      body: op.hasBody ? split.body : undefined,
      headers: options.headers,
      signal: options.signal,
      fetch: createTransport(core.config, options, id),
    },
  );
  if (response.ok) return { data, response };
  throw apiError(core, id, split, options, response, error);
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
    // No body, whether the server said so with Content-Length: 0 or sent nothing: undefined.
    body: error === '' ? undefined : redact(error),
    headers: redact(Object.fromEntries(response.headers)),
    method: op.method,
    // Built from the route, not response.url, which a middleware's replacement Response may lack.
    path: op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(path[name])),
    ),
    operation: id,
  });
}
