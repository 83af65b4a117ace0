import { checkLimits, type ResolvedConfig } from './config.js';
import type { CaacFetch, CaacRequestOptions } from './options.js';
import { secretHeaderValues } from './redact.js';
import { sendWithRetries } from './send-with-retries.js';

/**
 * The `fetch` openapi-fetch calls: takes its `Request` apart once and sends it with
 * `sendWithRetries` (deadlines, retries, redacted logging). Resolves to a fully buffered
 * `Response`, because openapi-fetch reads the body after this returns and the read must stay
 * under the attempt's deadline. `overrides` are per-call options; `operation` (an operationId)
 * labels logs and errors.
 * @example createClient<paths>({ baseUrl, fetch: createTransport(config) })
 */
export function createTransport(
  config: ResolvedConfig,
  overrides: CaacRequestOptions = {},
  operation?: string,
): CaacFetch {
  checkLimits(overrides);
  const timeoutMs = overrides.timeoutMs ?? config.timeoutMs;
  const maxRetries = overrides.maxRetries ?? config.maxRetries;

  return async (request) => {
    const { url, headers } = request;
    // A Request body can be read once; buffer it so every attempt resends the same bytes.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const [, response] = await sendWithRetries(
      config,
      {
        method: request.method,
        url,
        headers,
        body,
        redirect: request.redirect,
        signal: request.signal,
        timeoutMs,
        maxRetries,
        operation,
        // A key passed per request (header override) must be scrubbed as well as the configured one.
        secrets: () => secretHeaderValues(headers),
      },
      buffer,
    );
    // Rebuilt responses have no url; keep the real one for callers and error messages.
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
}

async function buffer(response: Response): Promise<Response> {
  const data = await response.arrayBuffer();
  return new Response(data.byteLength ? data : null, response);
}
