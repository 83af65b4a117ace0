import {
  formatProblem,
  isHealthCheck,
  type SelfHostedAiAgentRequest,
  SUPPORTED_API_VERSION,
  type ValidationProblem,
  validateRequest,
} from '@caac/ai-agent-types';
import {
  type Answer,
  errorAnswer,
  MAX_DETAILS,
  methodNotAllowed,
  replyAnswer,
  toDetails,
} from './answers.js';
import { createBearerCheck } from './auth.js';
import { isJsonContentType } from './content-type.js';
import { CaacAgentDeadlineError } from './errors.js';
import type {
  AiAgentErrorContext,
  AiAgentLogger,
  ReplyContext,
  ResolvedOptions,
} from './options.js';
import { describeError, redactTokens } from './redact.js';
import { runReply } from './run-reply.js';
import { RequestScope } from './scope.js';

/** The body's text, or why it could not be read. */
export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly reason: 'too-large' | 'aborted' | 'unreadable' | 'not-utf8';
      /** Who refused it first, when that was not the kit (a framework's body parser). */
      readonly refusedBy?: string;
    };

/**
 * One request as the core sees it, whatever server it came from: the Web entry builds it from a
 * `Request`, the node entry straight from an `IncomingMessage`.
 */
export interface IncomingCall {
  readonly method: string;
  readonly authorization: string | null;
  readonly contentType: string | null;
  /**
   * Reads the body as UTF-8 text: 'too-large' as soon as it is known to exceed `maxBytes`
   * (Content-Length first, then counting), 'aborted' when `scope` aborts first. Called at most once,
   * and only after the token and content type are accepted.
   */
  readBody(maxBytes: number, scope: RequestScope): BodyResult | Promise<BodyResult>;
  /** Calls `abort` when the caller goes away; returns a function that stops watching. */
  watchDisconnect(abort: (reason: unknown) => void): () => void;
}

/** Answers one call; never rejects (a bug in the kit is answered 500 and reported). */
export type AiAgentCore = (call: IncomingCall) => Promise<Answer>;

type Log = (level: keyof AiAgentLogger, message: string, fields?: Record<string, unknown>) => void;

/**
 * The handler's rules in order (method, token, content type, size, JSON, schema, health check,
 * reply with a deadline), on a server-neutral call. Both entries share it, so they cannot disagree.
 */
export function createCore(config: ResolvedOptions): AiAgentCore {
  const checkBearer = createBearerCheck(config.tokens);
  // Undefined without a logger: `log?.(...)` then skips building the fields as well.
  const log = config.logger ? logTo(config.logger) : undefined;

  return async function answerAiAgentCall(call) {
    try {
      if (call.method !== 'POST') {
        log?.('info', 'rejected: method not allowed', { status: 405, method: call.method });
        return methodNotAllowed(call.method);
      }
      const auth = checkBearer(call.authorization);
      if (auth !== 'ok') {
        // Nothing about the presented token goes into the answer or the log.
        log?.('warn', `rejected: ${auth} bearer token`, { status: 401 });
        return errorAnswer(401, 'unauthorized', 'missing or invalid bearer token', {
          headers: {
            'www-authenticate':
              auth === 'missing'
                ? 'Bearer realm="caac-ai-agent"'
                : 'Bearer realm="caac-ai-agent", error="invalid_token"',
          },
        });
      }
      if (!isJsonContentType(call.contentType)) {
        log?.('info', 'rejected: content type is not JSON', { status: 415 });
        return errorAnswer(
          415,
          'unsupported_media_type',
          'send the body as application/json (UTF-8)',
          {
            headers: { accept: 'application/json' },
          },
        );
      }
      return await answerAuthorized(call, config, log);
    } catch (error) {
      // Only a bug in this kit (or an integration mistake) gets here; bad input is answered above.
      report(config, log, error, { reason: 'internal' });
      return errorAnswer(
        500,
        'internal_error',
        'the agent failed unexpectedly; see the server logs',
      );
    }
  };
}

async function answerAuthorized(
  call: IncomingCall,
  config: ResolvedOptions,
  log: Log | undefined,
): Promise<Answer> {
  const started = Date.now();
  const deadline = started + config.deadlineMs;
  const scope = new RequestScope();
  const timer = setTimeout(
    () => scope.abort(new CaacAgentDeadlineError(config.deadlineMs)),
    config.deadlineMs,
  );
  // When CAAC (or a proxy) hangs up, stop working on an answer nobody will read.
  const unwatch = call.watchDisconnect((reason) => scope.abort(reason));
  try {
    const body = await call.readBody(config.maxBodyBytes, scope);
    if (!body.ok) return unreadBody(body, config, log);

    const parsed = parseJson(body.text);
    if (!parsed.ok) {
      log?.('info', `rejected: ${parsed.message}`, { status: 400 });
      return errorAnswer(400, 'bad_request', parsed.message);
    }
    const result = validateRequest(parsed.value);
    if (!result.ok) return invalidRequest(parsed.value, result.problems, log);

    const value = result.value;
    const conversationId = value.conversation_id ?? 0;
    const orgUuid = value.org_uuid ?? '';
    if (isHealthCheck(value)) {
      log?.('debug', 'answered health check', { status: 200 });
      return replyAnswer('');
    }

    const context: ReplyContext = {
      // Made on first read; see RequestScope.
      get signal() {
        return scope.signal;
      },
      deadline,
      conversationId,
      orgUuid,
    };
    const pending = runReply(config.reply, value, context, scope);
    // A plain value from a synchronous reply needs no trip through the microtask queue.
    const outcome = pending instanceof Promise ? await pending : pending;
    if (outcome.ok) {
      log?.('debug', 'replied', {
        status: 200,
        conversationId,
        orgUuid,
        durationMs: Date.now() - started,
      });
      return replyAnswer(outcome.text);
    }
    if (outcome.reason === 'disconnected') {
      log?.('info', 'caller disconnected before the reply was ready', { conversationId, orgUuid });
    } else {
      report(config, log, outcome.error, { reason: outcome.reason, conversationId, orgUuid });
    }
    return replyAnswer(config.fallbackReply);
  } finally {
    clearTimeout(timer);
    unwatch();
  }
}

function unreadBody(
  { reason, refusedBy }: Exclude<BodyResult, { ok: true }>,
  config: ResolvedOptions,
  log: Log | undefined,
): Answer {
  if (reason === 'too-large') {
    log?.('info', 'rejected: body too large', { status: 413, maxBodyBytes: config.maxBodyBytes });
    return errorAnswer(
      413,
      'payload_too_large',
      refusedBy
        ? `the body is larger than ${refusedBy} allows; mount the agent before it, or raise its limit to ${config.maxBodyBytes} bytes (the agent's maxBodyBytes)`
        : `the body is larger than ${config.maxBodyBytes} bytes`,
    );
  }
  if (reason === 'aborted') {
    log?.('warn', 'rejected: body did not arrive before the deadline', { status: 408 });
    return errorAnswer(408, 'request_timeout', 'the body did not arrive before the deadline');
  }
  const message =
    reason === 'not-utf8' ? 'the body is not valid UTF-8' : 'the body could not be read';
  log?.('info', `rejected: ${message}`, { status: 400 });
  return errorAnswer(400, 'bad_request', message);
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(text: string): Parsed {
  if (text.trim() === '')
    return { ok: false, message: 'the body is empty; expected a JSON object' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // The parser's message can quote the body; keep it out of answers and logs.
    return { ok: false, message: 'the body is not valid JSON' };
  }
}

function invalidRequest(
  body: unknown,
  problems: readonly ValidationProblem[],
  log: Log | undefined,
): Answer {
  const details = toDetails(problems);
  const version =
    typeof body === 'object' && body !== null
      ? (body as SelfHostedAiAgentRequest).version
      : undefined;
  if (version !== undefined && version !== SUPPORTED_API_VERSION) {
    log?.('info', 'rejected: unsupported version', { status: 400 });
    const shown = JSON.stringify(version)?.slice(0, 40) ?? String(version);
    return errorAnswer(
      400,
      'unsupported_version',
      `unsupported request version ${shown}; this agent supports "${SUPPORTED_API_VERSION}"`,
      { details },
    );
  }
  const listed = problems.slice(0, 5).map(formatProblem).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  const truncated =
    problems.length > MAX_DETAILS ? ` (details lists the first ${MAX_DETAILS})` : '';
  log?.('info', 'rejected: invalid request', {
    status: 400,
    problems: problems.length,
    paths: problems.slice(0, 5).map((p) => p.path),
  });
  return errorAnswer(
    400,
    'validation_failed',
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the request body: ${listed}${more}${truncated}`,
    { details },
  );
}

/** A logger call that never throws into the request (a broken logger must not cost an answer). */
function logTo(logger: AiAgentLogger): Log {
  return (level, message, fields) => {
    try {
      logger[level]?.(`[@caac/ai-agent] ${message}`, fields);
    } catch {
      // Ignored on purpose; see above.
    }
  };
}

/**
 * Hands a failure to `onError` without awaiting it; falls back to the logger, then the console.
 * What the kit prints itself is redacted: `reply` may have put a configured token into its error.
 */
function report(
  config: ResolvedOptions,
  log: Log | undefined,
  error: unknown,
  context: AiAgentErrorContext,
): void {
  const { onError, logger } = config;
  const describe = (value: unknown) => redactTokens(describeError(value), config.tokens);
  log?.('warn', `answered with the fallback reply (${context.reason})`, {
    conversationId: context.conversationId,
    orgUuid: context.orgUuid,
  });
  if (!onError) {
    if (logger?.error) log?.('error', `${context.reason}: ${describe(error)}`, { ...context });
    else console.error(`[@caac/ai-agent] ${context.reason}: ${describe(error)}`);
    return;
  }
  try {
    Promise.resolve(onError(error, context)).catch((onErrorFailure: unknown) => {
      log?.('error', `onError rejected: ${describe(onErrorFailure)}`);
    });
  } catch (onErrorFailure) {
    log?.('error', `onError threw: ${describe(onErrorFailure)}`);
  }
}
