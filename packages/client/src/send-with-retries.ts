import { attemptSignal } from './attempt-signal.js';
import { retryDelay } from './backoff.js';
import type { ResolvedConfig } from './config.js';
import { CaacConnectionError, CaacTimeoutError } from './errors.js';
import { createRedactor, type Redact } from './redact.js';
import { shouldRetry } from './retry-policy.js';
import { sleep } from './sleep.js';

type Details = Record<string, unknown>;

/** One HTTP exchange to attempt, already serialised so every attempt resends the same bytes. */
export interface Outgoing {
  method: string;
  /** Absolute URL. */
  url: string;
  headers: HeadersInit;
  body?: BodyInit | undefined;
  redirect?: RequestRedirect | undefined;
  /** The caller's signal: aborting it ends the call at once, never retried. */
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** operationId, for logs and errors. */
  operation?: string | undefined;
  /** Credentials sent with this call (a per-call key), to redact; read only if something is. */
  secrets?: (() => readonly string[]) | undefined;
}

/**
 * Sends `outgoing` with the client's behaviour: a deadline per attempt (headers and `read` of the
 * body both under it) combined with the caller's signal, retries with backoff under the retry
 * policy and `Retry-After`, and redacted logging. Resolves to the last response and what `read`
 * made of it; throws `CaacConnectionError`/`CaacTimeoutError` when no response came, or the
 * caller's abort reason.
 *
 * Calls `config.send(url, init)`: with the global `fetch` that builds the only WHATWG `Request` of
 * the call. Per-call work that only logging or a failure needs (the label, the redactor) is done
 * only then.
 * @example const [response, text] = await sendWithRetries(config, outgoing, (r) => r.text());
 */
export async function sendWithRetries<T>(
  config: ResolvedConfig,
  outgoing: Outgoing,
  read: (response: Response) => Promise<T>,
): Promise<[Response, T]> {
  const { send, log } = config;
  const { method, url, signal: caller, timeoutMs, maxRetries } = outgoing;
  // The final error also says where (scheme, host and port) and how often; retry log lines stay short.
  const label = (final?: boolean) => {
    const { origin, pathname } = new URL(url);
    return `${outgoing.operation ? `${outgoing.operation} ` : ''}${method} ${pathname}${final ? ` to ${origin}` : ''}`;
  };
  // Needed only for a connection error's message: built then, with any per-call credential.
  const redact: Redact = (value) =>
    createRedactor([...config.secrets, ...(outgoing.secrets?.() ?? [])])(value);

  for (let attempt = 0; ; attempt++) {
    if (caller?.aborted) throw caller.reason;
    const deadline = attemptSignal(caller, timeoutMs);
    const started = log ? Date.now() : 0;
    log?.('debug', `${label()} attempt ${attempt + 1}`, { url, headers: outgoing.headers });
    let response: Response | undefined;
    let value: T | undefined;
    let failed = false;
    let timedOut = false;
    let cause: unknown;
    try {
      response = await deadline.guard(
        send(url, {
          method,
          headers: outgoing.headers,
          body: outgoing.body,
          signal: deadline.signal,
          redirect: outgoing.redirect,
        }),
      );
      // Reading the body inside the attempt keeps a stalled body under the same deadline.
      value = await deadline.guard(read(response));
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      response = undefined;
      failed = true;
      timedOut = deadline.timedOut();
      cause = error;
    } finally {
      deadline.release();
    }

    const status = response?.status;
    const delay =
      attempt < maxRetries && shouldRetry(method, status)
        ? retryDelay(attempt, response?.headers.get('retry-after') ?? null)
        : undefined;
    // Built only when logging is on, like every log line (optional calls skip their arguments).
    const attempts = attempt + 1;
    const outcome = log && { status, ms: Date.now() - started, attempt: attempts };
    const problem = (final?: boolean) =>
      timedOut
        ? `${label(final)} timed out after ${timeoutMs} ms${final ? ` on attempt ${attempts}` : ''}`
        : `${label(final)} failed without a response${final ? ` after ${attempts} attempt${attempts > 1 ? 's' : ''}` : ''}: ${redact(describe(cause))}`;
    if (delay === undefined) {
      if (failed) {
        const message = problem(true);
        log?.('error', message, outcome as Details);
        throw timedOut
          ? new CaacTimeoutError(message)
          : new CaacConnectionError(message, { cause });
      }
      log?.(status && status < 400 ? 'info' : 'warn', `${label()} → ${status}`, outcome as Details);
      return [response as Response, value as T];
    }
    log?.(
      'warn',
      `${failed ? problem() : `${label()} → ${status}`}; retrying in ${Math.round(delay)} ms`,
      {
        ...outcome,
        delayMs: Math.round(delay),
      },
    );
    await sleep(delay, caller);
  }
}

// undici hides the useful part (ECONNREFUSED, ENOTFOUND, …) in `cause`.
function describe(error: unknown): string {
  const { message = error, cause } = (error ?? {}) as {
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  const detail = cause?.code ?? cause?.message;
  return `${message}${detail ? ` (${detail})` : ''}`;
}
