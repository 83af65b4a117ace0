import type { components } from './generated/caac.js';

/** Prefix of every message this package writes, so a log line names its source. */
export const PREFIX = '[@caac/client]';

/**
 * Base class of every error thrown by `@caac/client`.
 * @example if (error instanceof CaacError) console.error(error.message);
 */
export class CaacError extends Error {
  override name = 'CaacError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`${PREFIX} ${message}`, options);
  }
}

/** What the client knows about a failed HTTP exchange; already redacted by the caller. */
export interface CaacApiErrorInit {
  status: number;
  /** Parsed JSON body, or the raw text when the body is not JSON. */
  body: unknown;
  /** Response headers: `response.headers` as it is, or a plain object. */
  headers: Headers | Record<string, string>;
  method: string;
  /** Request path, e.g. `/caac/v1/tags/42`. */
  path: string;
  /** operationId, when the call went through a resource method. */
  operation?: string | undefined;
}

/** One problem with one field of the request, from the error body's `details`. */
export type CaacErrorDetail = components['schemas']['ErrorDetail'];

const field = (body: unknown, key: string): string | undefined => {
  const value = (body as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
};

// Per-field problems: CAAC's `details`, or the `validation` list of an RFC 7807 problem document
// (what the mock and Prism answer for a request that breaks the spec).
function detailsOf(body: unknown): CaacErrorDetail[] | undefined {
  const { details, validation } = (body ?? {}) as { details?: unknown; validation?: unknown };
  if (Array.isArray(details)) return details as CaacErrorDetail[];
  if (Array.isArray(validation)) {
    return validation.map(({ location, message }: { location?: unknown; message?: unknown }) => ({
      field: [location].flat().join('.'),
      message: String(message),
    }));
  }
  return undefined;
}

// The server's explanation: CAAC's `message`, a problem document's `title: detail`, or a text body.
function explanation(body: unknown, details: CaacErrorDetail[] | undefined): string {
  let text =
    field(body, 'message') ??
    (typeof body === 'string'
      ? body
      : [field(body, 'title'), field(body, 'detail')].filter(Boolean).join(': '));
  if (details?.length) {
    text += ` (${details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message)).join('; ')})`;
  }
  return text.slice(0, 500);
}

/**
 * The API answered with a non-2xx status. Subclasses name the status family;
 * `CaacApiError.from()` picks the right one.
 * @example
 * try { await client.tags.delete({ tag_id: 1 }); }
 * catch (e) { if (e instanceof CaacNotFoundError) console.log(e.status, e.requestId); }
 */
export class CaacApiError extends CaacError {
  override name = 'CaacApiError';
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Record<string, string>;
  /** `X-Request-Id` header, else `request_id` from the body: quote it to CAAC support. */
  declare readonly requestId: string | undefined;
  /** Machine-readable `code` from the error body, when present. */
  declare readonly code: string | undefined;
  /** Per-field problems from the error body (`details`), for 400 and 422. */
  declare readonly details: CaacErrorDetail[] | undefined;
  declare readonly operation: string | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: CaacApiErrorInit) {
    // Lower-case names either way, so `headers['retry-after']` works whatever was passed.
    const headers = Object.fromEntries(new Headers(init.headers));
    const requestId = headers['x-request-id'] ?? field(init.body, 'request_id');
    const details = detailsOf(init.body);
    const detail = explanation(init.body, details);
    super(
      `${init.operation ? `${init.operation} ` : ''}${init.method} ${init.path} failed with status ${init.status}` +
        (detail ? `: ${detail}` : '') +
        (requestId ? ` (request id ${requestId})` : ''),
    );
    const { status, body, operation, method, path } = init;
    // Assigned at once (the fields are declared only), which keeps the bundle small.
    Object.assign(this, {
      status,
      body,
      headers,
      requestId,
      code: field(body, 'code'),
      details,
      operation,
      method,
      path,
    });
  }

  /**
   * Builds the subclass that matches the status.
   * @example throw CaacApiError.from({ status: 404, body, headers, method: 'GET', path });
   */
  static from(init: CaacApiErrorInit): CaacApiError {
    const s = init.status;
    const Class =
      s === 400
        ? CaacBadRequestError
        : s === 401
          ? CaacAuthenticationError
          : s === 403
            ? CaacPermissionDeniedError
            : s === 404
              ? CaacNotFoundError
              : s === 409
                ? CaacConflictError
                : s === 422
                  ? CaacUnprocessableEntityError
                  : s === 429
                    ? CaacRateLimitError
                    : s === 503
                      ? CaacServiceUnavailableError
                      : s >= 500
                        ? CaacInternalServerError
                        : CaacApiError;
    return new Class(init);
  }

  /** A plain, already-redacted view, so `JSON.stringify(error)` is safe to log. */
  toJSON(): Record<string, unknown> {
    // Own fields only: name and every field above, all redacted; `message` is not enumerable.
    return { ...(this as object), message: this.message };
  }
}

/** 400: the request was malformed. */
export class CaacBadRequestError extends CaacApiError {
  override name = 'CaacBadRequestError';
  declare readonly status: 400;
}
/** 401: the API key is missing or wrong. */
export class CaacAuthenticationError extends CaacApiError {
  override name = 'CaacAuthenticationError';
  declare readonly status: 401;
}
/** 403: the key may not do this. */
export class CaacPermissionDeniedError extends CaacApiError {
  override name = 'CaacPermissionDeniedError';
  declare readonly status: 403;
}
/** 404: no such resource. */
export class CaacNotFoundError extends CaacApiError {
  override name = 'CaacNotFoundError';
  declare readonly status: 404;
}
/** 409: the request conflicts with the resource's current state. */
export class CaacConflictError extends CaacApiError {
  override name = 'CaacConflictError';
  declare readonly status: 409;
}
/** 422: the request was well-formed but invalid. */
export class CaacUnprocessableEntityError extends CaacApiError {
  override name = 'CaacUnprocessableEntityError';
  declare readonly status: 422;
}
/** 429: too many requests; see the `retry-after` header. */
export class CaacRateLimitError extends CaacApiError {
  override name = 'CaacRateLimitError';
  declare readonly status: 429;
}
/** 500, and the base of every 5xx: the server failed. */
export class CaacInternalServerError extends CaacApiError {
  override name = 'CaacInternalServerError';
}
/** 503: the service is unavailable for now; retried for idempotent calls, see `retry-after`. */
export class CaacServiceUnavailableError extends CaacInternalServerError {
  override name = 'CaacServiceUnavailableError';
  declare readonly status: 503;
}

/** No HTTP response: DNS, TCP, TLS or a fetch that threw. `cause` holds the original error. */
export class CaacConnectionError extends CaacError {
  override name = 'CaacConnectionError';
}

/** An attempt took longer than `timeoutMs`. */
export class CaacTimeoutError extends CaacConnectionError {
  override name = 'CaacTimeoutError';
}
