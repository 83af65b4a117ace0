import type { SelfHostedAiAgentResponse, ValidationProblem } from '@caac/ai-agent-types';

const PREFIX = '[@caac/ai-agent]';

/** The spec's `Error` body: a machine-readable code, a sentence, and per-field problems for 400. */
export interface AiAgentErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details?: readonly { readonly field: string; readonly message: string }[];
}

/**
 * What the handler answers, before it becomes a `Response` (Web entry) or is written straight to
 * a `ServerResponse` (node entry). A plain object, so the node path never builds a `Response` only
 * to read it back.
 */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text. */
  readonly body: string;
}

// Bodies are tiny and never cacheable; nosniff keeps browsers from guessing another type. Frozen
// because every 200 shares this object: adapters copy it, never change it.
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
});

function json(status: number, body: unknown, headers?: Record<string, string>): Answer {
  return {
    status,
    headers: headers ? { ...JSON_HEADERS, ...headers } : JSON_HEADERS,
    body: JSON.stringify(body),
  };
}

/** 200 `{ reply_text }`. */
export function replyAnswer(replyText: string): Answer {
  const body: SelfHostedAiAgentResponse = { reply_text: replyText };
  return json(200, body);
}

/** A 4xx/5xx answer in the spec's `Error` shape, with the package name in front of the message. */
export function errorAnswer(
  status: number,
  code: string,
  message: string,
  options: { details?: AiAgentErrorBody['details']; headers?: Record<string, string> } = {},
): Answer {
  const body: AiAgentErrorBody = {
    code,
    message: `${PREFIX} ${message}`,
    ...(options.details ? { details: options.details } : {}),
  };
  return json(status, body, options.headers);
}

/** The 405 for any method but POST, shared by the core and the node adapter's Request path. */
export function methodNotAllowed(method: string): Answer {
  return errorAnswer(405, 'method_not_allowed', `use POST; ${method} is not supported`, {
    headers: { allow: 'POST' },
  });
}

/** At most this many problems go into one 400 body; the message says how many there were. */
export const MAX_DETAILS = 100;

/** `details` entries for validation problems (`field` is the path, e.g. `messages[2].timestamp`). */
export function toDetails(problems: readonly ValidationProblem[]): AiAgentErrorBody['details'] {
  return problems
    .slice(0, MAX_DETAILS)
    .map((p) => ({ field: p.path === '' ? 'body' : p.path, message: p.message }));
}
