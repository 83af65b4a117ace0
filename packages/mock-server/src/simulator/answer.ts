import { randomUUID } from 'node:crypto';
import type { EngineAnswer } from '../prism/engine.js';

const CODES: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  422: 'validation_failed',
};

/**
 * A simulator answer with the spec's `X-Request-Id` header; error bodies in the spec's Error
 * format, their `request_id` equal to the header.
 *
 * @example
 * errorAnswer(404, 'tag 42 does not exist', [{ field: 'tag_id', message: 'tag 42 does not exist' }]);
 */
export function errorAnswer(
  status: number,
  message: string,
  details: readonly { field: string; message: string }[] = [],
): EngineAnswer {
  const requestId = randomUUID();
  return {
    status,
    headers: { 'content-type': 'application/json', 'X-Request-Id': requestId },
    body: {
      code: CODES[status] ?? 'error',
      message,
      request_id: requestId,
      ...(details.length > 0 ? { details } : {}),
    },
    fromPrism: false,
    violations: { request: [], response: [] },
  };
}

export function successAnswer(status: number, body: unknown): EngineAnswer {
  return {
    status,
    headers: {
      ...(status === 204 ? {} : { 'content-type': 'application/json' }),
      'X-Request-Id': randomUUID(),
    },
    body: status === 204 ? undefined : body,
    fromPrism: false,
    violations: { request: [], response: [] },
  };
}

/** An answer of the control plane (the mock talking, not CAAC): JSON, no request id. */
export function controlAnswer(status: number, body?: unknown): EngineAnswer {
  return {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
    fromPrism: true,
    violations: { request: [], response: [] },
  };
}
