import { attemptSignal } from './attempt-signal.js';
import { retryDelay } from './backoff.js';
import { checkLimits, type ResolvedConfig } from './config.js';
import { CaacConnectionError, type CaacError, CaacTimeoutError } from './errors.js';
import type { CaacFetch, CaacRequestOptions } from './options.js';
import { createRedactor, secretHeaderValues } from './redact.js';
import { shouldRetry } from './retry-policy.js';
import { sleep } from './sleep.js';

/**
 * Wraps the configured `fetch` with the client's behaviour: per-attempt deadlines combined with the
 * caller's signal, retries with backoff under the retry policy, and redacted logging. openapi-fetch
 * calls it with one `Request`; everything it resolves to is a fully buffered `Response`.
 * `overrides` are per-call options; `operation` (an operationId) labels logs and errors.
 * @example createClient<paths>({ baseUrl, fetch: createTransport(config) })
 */
export function createTransport(
  config: ResolvedConfig,
  overrides: CaacRequestOptions = {},
  operation?: string,
): CaacFetch {
  checkLimits(overrides);
  const { fetch: send, log } = config;
  const timeoutMs = overrides.timeoutMs ?? config.timeoutMs;
  const maxRetries = overrides.maxRetries ?? config.maxRetries;

  return async (request) => {
    const { method, url, signal: caller } = request;
    const label = `${operation ? `${operation} ` : ''}${method} ${new URL(url).pathname}`;
    // A key passed per request (header override) must be scrubbed as well as the configured one.
    const redact = createRedactor([config.apiKey, ...secretHeaderValues(request.headers)]);
    // A Request body can be read once; buffer it so every attempt resends the same bytes.
    const body = request.body ? await request.arrayBuffer() : undefined;

    for (let attempt = 0; ; attempt++) {
      if (caller.aborted) throw caller.reason;
      const deadline = attemptSignal(caller, timeoutMs);
      const started = Date.now();
      log('debug', `${label} attempt ${attempt + 1}`, { url, headers: request.headers });
      let response: Response | undefined;
      let failure: CaacError | undefined;
      let problem: string | undefined;
      try {
        response = await deadline.guard(
          send(
            new Request(url, {
              method,
              headers: request.headers,
              body,
              signal: deadline.signal,
              redirect: request.redirect,
            }),
          ).then(buffer),
        );
        // Rebuilt responses have no url; keep the real one for callers and error messages.
        Object.defineProperty(response, 'url', { value: url });
      } catch (error) {
        if (caller.aborted) throw caller.reason;
        if (deadline.timedOut()) {
          problem = `${label} timed out after ${timeoutMs} ms`;
          failure = new CaacTimeoutError(problem);
        } else {
          // undici hides the useful part (ECONNREFUSED, ENOTFOUND, …) in `cause`.
          const { message = error, cause } = (error ?? {}) as {
            message?: unknown;
            cause?: { code?: unknown; message?: unknown };
          };
          const detail = cause?.code ?? cause?.message;
          const code = detail ? ` (${detail})` : '';
          problem = `${label} failed without a response: ${redact(`${message}${code}`)}`;
          failure = new CaacConnectionError(problem, { cause: error });
        }
      } finally {
        deadline.release();
      }

      const status = response?.status;
      const delay =
        attempt < maxRetries && shouldRetry(method, status)
          ? retryDelay(attempt, response?.headers.get('retry-after') ?? null)
          : undefined;
      const outcome = { status, ms: Date.now() - started, attempt: attempt + 1 };
      if (delay === undefined) {
        if (failure) {
          log('error', problem as string, outcome);
          throw failure;
        }
        log(status && status < 400 ? 'info' : 'warn', `${label} → ${status}`, outcome);
        return response as Response;
      }
      log('warn', `${problem ?? `${label} → ${status}`}; retrying in ${Math.round(delay)} ms`, {
        ...outcome,
        delayMs: Math.round(delay),
      });
      await sleep(delay, caller);
    }
  };
}

// Reading the body inside the attempt keeps a stalled body under the same deadline.
async function buffer(response: Response): Promise<Response> {
  const data = await response.arrayBuffer();
  return new Response(data.byteLength ? data : null, response);
}
