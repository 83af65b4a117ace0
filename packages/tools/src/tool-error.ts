import type { CaacToolError } from './result.js';

// Matched by `name`, not `instanceof`: a CJS and an ESM copy of @caac/client have distinct classes.
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
  requestId?: unknown;
  headers?: unknown;
}

/**
 * Turns whatever a client call threw into a tool error the model can act on. Only the
 * client's own (already redacted) message, status, code and request id are kept: never the error
 * object, its cause, headers or body.
 * @example toolErrorOf(new CaacNotFoundError(init)).hint // 'Nothing exists with …'
 */
export function toolErrorOf(thrown: unknown): CaacToolError {
  const error = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as ErrorLike;
  const name = typeof error.name === 'string' ? error.name : '';
  const message = typeof error.message === 'string' ? error.message : String(thrown);
  if (typeof error.status === 'number' && name.startsWith('Caac')) {
    return {
      kind: 'api_error',
      status: error.status,
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(typeof error.requestId === 'string' ? { requestId: error.requestId } : {}),
      message,
      hint: hintForStatus(error.status, retryAfter(error.headers)),
    };
  }
  if (name === 'CaacTimeoutError') {
    return {
      kind: 'timeout',
      message,
      hint: 'CAAC did not answer in time. A change may or may not have been applied: read the current state before retrying it.',
    };
  }
  if (name === 'CaacConnectionError') {
    return {
      kind: 'connection',
      message,
      hint: 'CAAC could not be reached. Retry later; if it keeps failing, tell the operator.',
    };
  }
  if (name === 'AbortError' || name === 'TimeoutError') {
    return {
      kind: 'aborted',
      message: 'The call was cancelled before CAAC answered.',
      hint: 'The caller stopped waiting (a deadline passed). Do not retry now; answer with what you have.',
    };
  }
  return {
    kind: 'client_error',
    message,
    hint: 'The call was refused before it was sent. Check the input; if it looks right, tell the operator.',
  };
}

function retryAfter(headers: unknown): string | undefined {
  const value = (headers as Record<string, unknown> | undefined)?.['retry-after'];
  return typeof value === 'string' ? value : undefined;
}

function hintForStatus(status: number, after: string | undefined): string {
  if (status === 400 || status === 422)
    return 'CAAC rejected the input. Fix the fields the message names and call again.';
  if (status === 401)
    return 'The CAAC API key is missing or invalid. This is a setup problem: do not retry; tell the operator.';
  if (status === 403) return 'The API key may not do this. Do not retry; tell the operator.';
  if (status === 404)
    return 'Nothing exists with the given id. Check the id (look it up with a list or get tool) before trying again.';
  if (status === 409)
    return 'This conflicts with the current state (for example a name already in use). Read the current state, change the input, then call again.';
  if (status === 429)
    return `CAAC is rate limiting. Wait${after ? ` ${after} seconds` : ' a moment'} before calling again.`;
  if (status >= 500)
    return 'CAAC failed on its side. Retry later; if it keeps failing, tell the operator.';
  return 'The call failed. Read the message; do not repeat the same call unchanged.';
}
