import type { SelfHostedAiAgentResponse, ValidationProblem } from '@caac/ai-agent-types';

const PREFIX = '[@caac/ai-agent]';

/** The spec's `Error` body: a machine-readable code, a sentence, and per-field problems for 400. */
export interface AiAgentErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details?: readonly { readonly field: string; readonly message: string }[];
}

// Bodies are tiny and never cacheable; nosniff keeps browsers from guessing another type.
const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** 200 `{ reply_text }`. */
export function replyResponse(replyText: string): Response {
  const body: SelfHostedAiAgentResponse = { reply_text: replyText };
  return json(200, body);
}

/** A 4xx answer in the spec's `Error` shape, with the package name in front of the message. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  options: { details?: AiAgentErrorBody['details']; headers?: Record<string, string> } = {},
): Response {
  const body: AiAgentErrorBody = {
    code,
    message: `${PREFIX} ${message}`,
    ...(options.details ? { details: options.details } : {}),
  };
  return json(status, body, options.headers);
}

/** At most this many problems go into one 400 body; the message says how many there were. */
export const MAX_DETAILS = 100;

/** `details` entries for validation problems (`field` is the path, e.g. `messages[2].timestamp`). */
export function toDetails(problems: readonly ValidationProblem[]): AiAgentErrorBody['details'] {
  return problems
    .slice(0, MAX_DETAILS)
    .map((p) => ({ field: p.path === '' ? 'body' : p.path, message: p.message }));
}
