import type { EngineAnswer } from '../prism/engine.js';

const HEADER = 'X-Request-Id';

/**
 * Gives an answer the request's own `X-Request-Id` (replacing the spec example's fixed value)
 * and, for a body in the spec's Error format, the same id as `request_id`, as the spec
 * promises. Every answer gets one, faults with undeclared statuses and mock problems included,
 * so a client can always quote it.
 *
 * @example
 * withRequestId(answer, crypto.randomUUID()).headers['X-Request-Id'];
 */
export function withRequestId(answer: EngineAnswer, id: string): EngineAnswer {
  const headers: Record<string, string> = {};
  let contentType = '';
  for (const [name, value] of Object.entries(answer.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'x-request-id') continue;
    if (lower === 'content-type') contentType = value;
    headers[name] = value;
  }
  headers[HEADER] = id;
  const { body } = answer;
  const isError =
    answer.status >= 400 &&
    contentType.startsWith('application/json') &&
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    'code' in body;
  return { ...answer, headers, body: isError ? { ...body, request_id: id } : body };
}
