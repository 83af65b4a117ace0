import type { SelfHostedAiAgentRequest } from '@caac/ai-agent-types';
import { CAAC_DEADLINE_MS, HUMAN_HANDOVER } from '@caac/ai-agent-types';
import { CaacAgentConfigError } from './errors.js';

/** What `reply` may return: the reply text, or the text plus whether to hand over to a person. */
export type AiAgentReply =
  | string
  | { readonly text: string; readonly handover?: boolean }
  | { readonly text?: string; readonly handover: true };

/** The second argument of `reply`. */
export interface ReplyContext {
  /** Aborts at the deadline (or when CAAC disconnects). Pass it to your LLM or fetch calls. */
  readonly signal: AbortSignal;
  /** When the kit stops waiting and answers with the fallback reply, in epoch milliseconds. */
  readonly deadline: number;
  /** `conversation_id` of the request. */
  readonly conversationId: number;
  /** `org_uuid` of the request. */
  readonly orgUuid: string;
}

/** Produces the agent's answer for one conversation. */
export type ReplyFunction = (
  request: SelfHostedAiAgentRequest,
  context: ReplyContext,
) => AiAgentReply | Promise<AiAgentReply>;

/** Why the kit answered with the fallback reply. */
export type AiAgentErrorReason = 'deadline' | 'reply-threw' | 'invalid-reply' | 'internal';

/** The second argument of `onError`. */
export interface AiAgentErrorContext {
  readonly reason: AiAgentErrorReason;
  /** Absent when the failure happened before the request was understood. */
  readonly conversationId?: number;
  readonly orgUuid?: string;
}

/** Any logger with these methods works: `console`, pino, winston, ... Messages never contain tokens or message text. */
export interface AiAgentLogger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

interface CommonOptions {
  /** Builds the reply. Gets the validated request and a context with an AbortSignal. */
  readonly reply: ReplyFunction;
  /** When to give up on `reply` and answer with `fallbackReply`. Default 40 000 ms; at most 45 000 (CAAC's limit). */
  readonly deadlineMs?: number;
  /** Sent when `reply` throws, returns nonsense or misses the deadline. Default: a short apology plus `<HUMAN_HANDOVER>`. */
  readonly fallbackReply?: string;
  /** Larger bodies get 413 without being read. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Told why a fallback reply was sent (deadline, thrown error, invalid reply). Default: `logger.error`, else `console.error`. */
  readonly onError?: (error: unknown, context: AiAgentErrorContext) => void | Promise<void>;
  /** Receives one line per rejected or failed request. Default: none. */
  readonly logger?: AiAgentLogger;
  /**
   * Abort `reply`'s signal when the caller hangs up, read from `request.signal` (Web entry only; the
   * Node adapters always watch the socket). Default `true`, except on Deno: there any read of
   * `request.signal` prints Deno's "legacy abort" warning, so opt in with `watchHangUp: true`
   * (quiet under `deno run --unstable-no-legacy-abort`).
   */
  readonly watchHangUp?: boolean;
}

/**
 * Options of {@link createAiAgentHandler}: `token`, or `tokens` to rotate (any of them is accepted).
 * `undefined` is allowed in the type so `token: process.env.CAAC_AGENT_TOKEN` compiles under
 * `strict`; an unset token is then refused at construction with a message that says so.
 */
export type AiAgentHandlerOptions = CommonOptions &
  (
    | { readonly token: string | undefined; readonly tokens?: never }
    | { readonly tokens: readonly (string | undefined)[]; readonly token?: never }
  );

/** The default deadline: 5 s under CAAC's 45 s, to leave room for the network. */
export const DEFAULT_DEADLINE_MS = 40_000;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_FALLBACK_REPLY = `Sorry, I can't answer that right now. Let me connect you with a colleague. ${HUMAN_HANDOVER}`;

/** Options after defaults and checks. */
export interface ResolvedOptions {
  readonly tokens: readonly string[];
  readonly reply: ReplyFunction;
  readonly deadlineMs: number;
  readonly fallbackReply: string;
  readonly maxBodyBytes: number;
  readonly onError:
    | ((error: unknown, context: AiAgentErrorContext) => void | Promise<void>)
    | undefined;
  readonly logger: AiAgentLogger | undefined;
}

/**
 * Applies defaults and rejects unusable options at construction, so a misconfigured agent fails at
 * start-up instead of answering 401 to every request. Token values never appear in messages.
 */
export function resolveOptions(options: AiAgentHandlerOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new CaacAgentConfigError(
      `createAiAgentHandler needs an options object: { token, reply }`,
    );
  }
  const {
    reply,
    deadlineMs = DEFAULT_DEADLINE_MS,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  } = options;
  const { fallbackReply = DEFAULT_FALLBACK_REPLY, onError, logger } = options;
  if (typeof reply !== 'function') {
    throw new CaacAgentConfigError(
      `options.reply must be a function (request, context) => string | { text, handover }`,
    );
  }
  if (
    typeof deadlineMs !== 'number' ||
    !Number.isFinite(deadlineMs) ||
    deadlineMs <= 0 ||
    deadlineMs > CAAC_DEADLINE_MS
  ) {
    throw new CaacAgentConfigError(
      `options.deadlineMs must be a number of milliseconds above 0 and at most ${CAAC_DEADLINE_MS} (CAAC stops waiting at 45 s); the default is ${DEFAULT_DEADLINE_MS}`,
    );
  }
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new CaacAgentConfigError(
      `options.maxBodyBytes must be a positive whole number of bytes; the default is ${DEFAULT_MAX_BODY_BYTES}`,
    );
  }
  if (typeof fallbackReply !== 'string' || fallbackReply.trim() === '') {
    throw new CaacAgentConfigError(
      `options.fallbackReply must be a non-empty string: the end customer always gets it when reply fails`,
    );
  }
  if (onError !== undefined && typeof onError !== 'function') {
    throw new CaacAgentConfigError(`options.onError must be a function (error, context) => void`);
  }
  if (logger !== undefined && (typeof logger !== 'object' || logger === null)) {
    throw new CaacAgentConfigError(
      `options.logger must be an object with info/warn/error methods, such as console`,
    );
  }
  return {
    tokens: resolveTokens(options),
    reply,
    deadlineMs,
    fallbackReply,
    maxBodyBytes,
    onError,
    logger,
  };
}

function resolveTokens(options: AiAgentHandlerOptions): readonly string[] {
  const hasToken = options.token !== undefined;
  const hasTokens = options.tokens !== undefined;
  if (hasToken && hasTokens) {
    throw new CaacAgentConfigError(
      `pass either options.token or options.tokens (for rotation), not both`,
    );
  }
  if (!hasToken && !hasTokens) {
    throw new CaacAgentConfigError(
      'options.token is undefined or missing: set it to the bearer token configured for the AI agent in CAAC (is the environment variable, e.g. CAAC_AGENT_TOKEN, set?)',
    );
  }
  if (hasTokens && (!Array.isArray(options.tokens) || options.tokens.length === 0)) {
    throw new CaacAgentConfigError(
      `options.tokens must be a non-empty array of the bearer tokens configured in CAAC`,
    );
  }
  const tokens: readonly unknown[] = hasToken
    ? [(options as { token: unknown }).token]
    : (options.tokens as readonly unknown[]);
  tokens.forEach((token, index) => {
    const name = hasToken ? 'options.token' : `options.tokens[${index}]`;
    const problem = tokenProblem(token);
    if (problem) throw new CaacAgentConfigError(`${name} ${problem}`);
  });
  return tokens as readonly string[];
}

/** Why a configured token could never match a request, or undefined when it is usable. */
function tokenProblem(token: unknown): string | undefined {
  if (token === undefined) return 'is undefined (is the environment variable set?)';
  if (typeof token !== 'string')
    return `must be a string, got ${token === null ? 'null' : typeof token}`;
  if (token === '')
    return 'is empty; an empty token would let anyone in (is the environment variable set?)';
  // Header values are trimmed and split on spaces, so a token with whitespace or control
  // characters would never match what arrives.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) {
      return 'contains whitespace, control or non-ASCII characters, which cannot arrive intact in an Authorization header';
    }
  }
  return undefined;
}
