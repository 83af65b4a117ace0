import {
  formatProblem,
  isHealthCheck,
  type SelfHostedAiAgentRequest,
  SUPPORTED_API_VERSION,
  type ValidationProblem,
  validateRequest,
} from '@caac/ai-agent-types';
import { createBearerCheck } from './auth.js';
import { isJsonContentType } from './content-type.js';
import { DeadlineExceededError } from './errors.js';
import {
  type AiAgentErrorContext,
  type AiAgentHandlerOptions,
  type AiAgentLogger,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { readBody } from './read-body.js';
import { errorResponse, MAX_DETAILS, replyResponse, toDetails } from './responses.js';
import { runReply } from './run-reply.js';

/** A Web-standard request handler: Node 18+ `fetch` servers, Deno, Bun, Cloudflare Workers, Hono, ... */
export type AiAgentHandler = (request: Request) => Promise<Response>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Creates the handler for the endpoint CAAC calls. It checks the bearer token, method, content type,
 * size and schema, answers health checks itself, calls `reply` with a deadline, and always answers
 * a valid conversation with 200 `{ reply_text }`: when `reply` throws or is too slow, the customer
 * gets `fallbackReply` (an apology plus `<HUMAN_HANDOVER>` by default) and `onError` gets the cause.
 *
 * Throws at construction when an option is unusable (for example an empty token).
 *
 * @example
 * const handler = createAiAgentHandler({
 *   token: process.env.CAAC_AGENT_TOKEN,
 *   reply: async (request, { signal }) => {
 *     const last = request.messages.at(-1);
 *     return last?.text ? `You said: ${last.text}` : { handover: true };
 *   },
 * });
 * Deno.serve(handler); // or Bun.serve({ fetch: handler }), or export default { fetch: handler }
 */
export function createAiAgentHandler(options: AiAgentHandlerOptions): AiAgentHandler {
  const config = resolveOptions(options);
  const checkBearer = createBearerCheck(config.tokens);
  const log = logTo(config.logger);

  return async function handleAiAgentRequest(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') {
        log('info', 'rejected: method not allowed', { status: 405, method: request.method });
        return errorResponse(
          405,
          'method_not_allowed',
          `use POST; ${request.method} is not supported`,
          {
            headers: { allow: 'POST' },
          },
        );
      }
      const auth = checkBearer(request.headers.get('authorization'));
      if (auth !== 'ok') {
        // Nothing about the presented token goes into the answer or the log.
        log('warn', `rejected: ${auth} bearer token`, { status: 401 });
        return errorResponse(401, 'unauthorized', 'missing or invalid bearer token', {
          headers: {
            'www-authenticate':
              auth === 'missing'
                ? 'Bearer realm="caac-ai-agent"'
                : 'Bearer realm="caac-ai-agent", error="invalid_token"',
          },
        });
      }
      if (!isJsonContentType(request.headers.get('content-type'))) {
        log('info', 'rejected: content type is not JSON', { status: 415 });
        return errorResponse(
          415,
          'unsupported_media_type',
          'send the body as application/json (UTF-8)',
          {
            headers: { accept: 'application/json' },
          },
        );
      }
      return await handleAuthorized(request, config, log);
    } catch (error) {
      // Only a bug in this kit gets here; bad input is answered above with a 4xx.
      report(config, log, error, { reason: 'internal' });
      return errorResponse(
        500,
        'internal_error',
        'the agent failed unexpectedly; see the server logs',
      );
    }
  };
}

async function handleAuthorized(
  request: Request,
  config: ResolvedOptions,
  log: Log,
): Promise<Response> {
  const started = Date.now();
  const deadline = started + config.deadlineMs;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeadlineExceededError(config.deadlineMs)),
    config.deadlineMs,
  );
  // When CAAC (or a proxy) hangs up, stop working on an answer nobody will read.
  const disconnected = () => controller.abort(request.signal.reason);
  request.signal?.addEventListener('abort', disconnected, { once: true });
  try {
    if (request.bodyUsed) {
      // An integration bug, not the caller's: something read the body before handing us the request.
      throw new Error(
        '[@caac/ai-agent] the request body was already read before the handler got it; pass the untouched request (in Hono: c.req.raw, before any c.req.json())',
      );
    }
    const body = await readBody(request, config.maxBodyBytes, controller.signal);
    if (!body.ok) {
      if (body.reason === 'too-large') {
        log('info', 'rejected: body too large', { status: 413, maxBodyBytes: config.maxBodyBytes });
        return errorResponse(
          413,
          'payload_too_large',
          `the body is larger than ${config.maxBodyBytes} bytes`,
        );
      }
      if (body.reason === 'aborted') {
        log('warn', 'rejected: body did not arrive before the deadline', { status: 408 });
        return errorResponse(408, 'request_timeout', 'the body did not arrive before the deadline');
      }
      log('info', 'rejected: body could not be read', { status: 400 });
      return errorResponse(400, 'bad_request', 'the body could not be read');
    }

    const parsed = parseJson(body.bytes);
    if (!parsed.ok) {
      log('info', `rejected: ${parsed.message}`, { status: 400 });
      return errorResponse(400, 'bad_request', parsed.message);
    }
    const result = validateRequest(parsed.value);
    if (!result.ok) return invalidRequest(parsed.value, result.problems, log);

    const value = result.value;
    const conversationId = value.conversation_id ?? 0;
    const orgUuid = value.org_uuid ?? '';
    if (isHealthCheck(value)) {
      log('debug', 'answered health check', { status: 200 });
      return replyResponse('');
    }

    const outcome = await runReply(config.reply, value, {
      signal: controller.signal,
      deadline,
      conversationId,
      orgUuid,
    });
    if (outcome.ok) {
      log('debug', 'replied', {
        status: 200,
        conversationId,
        orgUuid,
        durationMs: Date.now() - started,
      });
      return replyResponse(outcome.text);
    }
    if (outcome.reason === 'disconnected') {
      log('info', 'caller disconnected before the reply was ready', { conversationId, orgUuid });
    } else {
      report(config, log, outcome.error, { reason: outcome.reason, conversationId, orgUuid });
    }
    return replyResponse(config.fallbackReply);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', disconnected);
  }
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'the body is not valid UTF-8' };
  }
  if (text.trim() === '')
    return { ok: false, message: 'the body is empty; expected a JSON object' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // The parser's message can quote the body; keep it out of answers and logs.
    return { ok: false, message: 'the body is not valid JSON' };
  }
}

function invalidRequest(body: unknown, problems: readonly ValidationProblem[], log: Log): Response {
  const details = toDetails(problems);
  const version =
    typeof body === 'object' && body !== null
      ? (body as SelfHostedAiAgentRequest).version
      : undefined;
  if (version !== undefined && version !== SUPPORTED_API_VERSION) {
    log('info', 'rejected: unsupported version', { status: 400 });
    const shown = JSON.stringify(version)?.slice(0, 40) ?? String(version);
    return errorResponse(
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
  log('info', 'rejected: invalid request', {
    status: 400,
    problems: problems.length,
    paths: problems.slice(0, 5).map((p) => p.path),
  });
  return errorResponse(
    400,
    'validation_failed',
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the request body: ${listed}${more}${truncated}`,
    { details },
  );
}

type Log = (level: keyof AiAgentLogger, message: string, fields?: Record<string, unknown>) => void;

/** A logger call that never throws into the request (a broken logger must not cost an answer). */
function logTo(logger: AiAgentLogger | undefined): Log {
  return (level, message, fields) => {
    try {
      logger?.[level]?.(`[@caac/ai-agent] ${message}`, fields);
    } catch {
      // Ignored on purpose; see above.
    }
  };
}

/** Hands a failure to `onError` without awaiting it; falls back to the logger, then the console. */
function report(
  config: ResolvedOptions,
  log: Log,
  error: unknown,
  context: AiAgentErrorContext,
): void {
  const { onError, logger } = config;
  log('warn', `answered with the fallback reply (${context.reason})`, {
    conversationId: context.conversationId,
    orgUuid: context.orgUuid,
  });
  if (!onError) {
    if (logger?.error) log('error', `${context.reason}: ${describeError(error)}`, { ...context });
    else console.error(`[@caac/ai-agent] ${context.reason}:`, error);
    return;
  }
  try {
    Promise.resolve(onError(error, context)).catch((onErrorFailure: unknown) => {
      log('error', `onError rejected: ${describeError(onErrorFailure)}`);
    });
  } catch (onErrorFailure) {
    log('error', `onError threw: ${describeError(onErrorFailure)}`);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
