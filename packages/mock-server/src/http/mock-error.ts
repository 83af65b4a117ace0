import type { Engine, EngineAnswer, EngineRequest } from '../prism/engine.js';

/** `code` values for the spec's Error schema when an operation has no example for a status. */
const ERROR_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal_error',
  503: 'service_unavailable',
};

/** An answer the mock decides itself (a fault, a rejected key, unparsable JSON). */
export interface MockErrorSpec {
  readonly status: number;
  /** Replaces the example's `message`, so the client's error says what the mock did. */
  readonly message: string;
  /** Seconds for `Retry-After`; omitted means "keep what the spec's example says". */
  readonly retryAfter?: number;
  /**
   * The request's real problems. When given they replace the example's `details`, which
   * describe some other request; when omitted the example's own `details` are dropped too.
   */
  readonly details?: readonly { readonly field: string; readonly message: string }[];
}

/**
 * Answers with the operation's own response for `status` (its first example, in the spec's
 * Error format), with `message` replaced. When the operation declares no such status, answers
 * with an Error-shaped body `{ code, message }` of our own.
 *
 * @example
 * await mockError(engine, request, { status: 429, message: 'injected by X-Caac-Mock-Fault', retryAfter: 2 });
 */
export async function mockError(
  engine: Engine,
  request: EngineRequest,
  spec: MockErrorSpec,
): Promise<EngineAnswer> {
  // The example is looked up with plain JSON headers: the request's own may be what is wrong.
  const { 'content-type': _type, ...headers } = request.headers;
  const fromSpec = await engine.answer(
    { ...request, headers: { ...headers, accept: 'application/json' }, body: null },
    { code: spec.status, bypassRequestChecks: true },
  );
  const answer: EngineAnswer =
    fromSpec.fromPrism || fromSpec.status !== spec.status
      ? {
          status: spec.status,
          headers: { 'content-type': 'application/json' },
          body: {
            code: ERROR_CODES[spec.status] ?? 'error',
            message: spec.message,
            ...(spec.details ? { details: spec.details } : {}),
          },
          fromPrism: false,
          violations: { request: [], response: [] },
        }
      : { ...fromSpec, body: withMessage(fromSpec.body, spec) };
  if (spec.retryAfter === undefined) return answer;
  return { ...answer, headers: withHeader(answer.headers, 'Retry-After', String(spec.retryAfter)) };
}

function withMessage(body: unknown, spec: MockErrorSpec): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  // Only a string `message` is replaced, so the body stays valid against the Error schema.
  if (!('message' in body) || typeof body.message !== 'string') return body;
  const { details: _example, ...rest } = body as Record<string, unknown>;
  return { ...rest, message: spec.message, ...(spec.details ? { details: spec.details } : {}) };
}

function withHeader(headers: Record<string, string>, name: string, value: string) {
  const lower = name.toLowerCase();
  const kept = Object.entries(headers).filter(([key]) => key.toLowerCase() !== lower);
  return { ...Object.fromEntries(kept), [name]: value };
}
