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
  headers: Record<string, string>;
  method: string;
  /** Request path, e.g. `/caac/v1/tags/42`. */
  path: string;
  /** operationId, when the call went through a resource method. */
  operation?: string | undefined;
}

const field = (body: unknown, key: string): string | undefined => {
  const value = (body as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The API answered with a non-2xx status. Subclasses name the status family;
 * `CaacApiError.from()` picks the right one.
 * @example
 * try { await client.tags.delete({ tag_id: 1 }); }
 * catch (e) { if (e instanceof CaacNotFoundError) console.log(e.status, e.requestId); }
 */
export class CaacApiError extends CaacError {
  override name = 'CaacApiError';
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  /** `X-Request-Id` header, else `request_id` from the body: quote it to CAAC support. */
  readonly requestId: string | undefined;
  /** Machine-readable `code` from the error body, when present. */
  readonly code: string | undefined;
  readonly operation: string | undefined;
  readonly method: string;
  readonly path: string;

  constructor(init: CaacApiErrorInit) {
    const requestId = init.headers['x-request-id'] ?? field(init.body, 'request_id');
    const detail = field(init.body, 'message') ?? (typeof init.body === 'string' ? init.body : '');
    super(
      `${init.operation ? `${init.operation} ` : ''}${init.method} ${init.path} failed with status ${init.status}` +
        (detail ? `: ${detail.slice(0, 500)}` : '') +
        (requestId ? ` (request id ${requestId})` : ''),
    );
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = requestId;
    this.code = field(init.body, 'code');
    this.operation = init.operation;
    this.method = init.method;
    this.path = init.path;
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
                    : s >= 500
                      ? CaacInternalServerError
                      : CaacApiError;
    return new Class(init);
  }

  /** A plain, already-redacted view, so `JSON.stringify(error)` is safe to log. */
  toJSON(): Record<string, unknown> {
    const { name, message, status, code, requestId, operation, method, path, headers, body } = this;
    return { name, message, status, code, requestId, operation, method, path, headers, body };
  }
}

/** 400: the request was malformed. */
export class CaacBadRequestError extends CaacApiError {
  override name = 'CaacBadRequestError';
}
/** 401: the API key is missing or wrong. */
export class CaacAuthenticationError extends CaacApiError {
  override name = 'CaacAuthenticationError';
}
/** 403: the key may not do this. */
export class CaacPermissionDeniedError extends CaacApiError {
  override name = 'CaacPermissionDeniedError';
}
/** 404: no such resource. */
export class CaacNotFoundError extends CaacApiError {
  override name = 'CaacNotFoundError';
}
/** 409: the request conflicts with the resource's current state. */
export class CaacConflictError extends CaacApiError {
  override name = 'CaacConflictError';
}
/** 422: the request was well-formed but invalid. */
export class CaacUnprocessableEntityError extends CaacApiError {
  override name = 'CaacUnprocessableEntityError';
}
/** 429: too many requests; see the `retry-after` header. */
export class CaacRateLimitError extends CaacApiError {
  override name = 'CaacRateLimitError';
}
/** 5xx: the server failed. */
export class CaacInternalServerError extends CaacApiError {
  override name = 'CaacInternalServerError';
}

/** No HTTP response: DNS, TCP, TLS or a fetch that threw. `cause` holds the original error. */
export class CaacConnectionError extends CaacError {
  override name = 'CaacConnectionError';
}

/** An attempt took longer than `timeoutMs`. */
export class CaacTimeoutError extends CaacConnectionError {
  override name = 'CaacTimeoutError';
}
