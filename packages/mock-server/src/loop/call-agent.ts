import {
  formatProblem,
  isHandover,
  type SelfHostedAiAgentRequest,
  stripHandover,
  validateRequest,
} from '@caac/ai-agent-types';
import type { AgentSettings } from './agent-config.js';
import type { TurnOutcome } from './turn-outcome.js';

/** Answers larger than this are cut off and count as a failed turn. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** One request to the agent and what came back, as the playground and the turn log show it. */
export interface AgentExchange {
  readonly url: string;
  /** The exact JSON body sent (the `Authorization` header is not part of it). */
  readonly request: SelfHostedAiAgentRequest;
  readonly sentAt: string;
  /** HTTP status, or null when no answer arrived. */
  readonly status: number | null;
  /** The answer's body as text, at most {@link MAX_ANSWER_BYTES}; token occurrences redacted. */
  readonly answer: string;
  /** Milliseconds from sending to the end of the answer (or to the failure). */
  readonly durationMs: number;
  readonly outcome: TurnOutcome;
}

/**
 * POSTs one turn's request to the agent with its bearer token and deadline, reads at most
 * {@link MAX_ANSWER_BYTES} of the answer, and classifies it. Never throws: every problem
 * becomes a `failed` outcome with a reason.
 *
 * @example
 * const exchange = await callAgent(agent, buildAgentRequest(conversation, agent));
 * if (exchange.outcome.kind === 'failed') console.log(exchange.outcome.reason);
 */
export async function callAgent(
  agent: AgentSettings,
  request: SelfHostedAiAgentRequest,
  signal?: AbortSignal,
): Promise<AgentExchange> {
  const sentAt = new Date().toISOString();
  const started = performance.now();
  const done = (status: number | null, answer: string, outcome: TurnOutcome): AgentExchange => ({
    url: agent.url,
    request,
    sentAt,
    status,
    answer: agent.redact(answer),
    durationMs: performance.now() - started,
    outcome,
  });

  // The simulator promises spec-valid requests; checking here turns a bug of ours into a
  // visible failed turn instead of a confusing answer from the agent.
  const valid = validateRequest(request);
  if (!valid.ok) {
    const detail = `the simulator built a request that breaks the spec: ${valid.problems.map(formatProblem).join('; ')}`;
    return done(null, '', { kind: 'failed', reason: 'invalid-request', detail });
  }

  // One controller and one timer per call: AbortSignal.any would tie every call to the
  // long-lived `signal` (the server's closing signal) until garbage collection.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, agent.deadlineMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let status: number | null = null;
  let answer = '';
  try {
    const response = await fetch(agent.url, {
      method: 'POST',
      headers: {
        authorization: agent.authorization(),
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': 'caac-mock conversation loop',
      },
      body: JSON.stringify(request),
      redirect: 'manual',
      signal: controller.signal,
    });
    status = response.status;
    const read = await readCapped(response);
    answer = read.text;
    if (read.tooLarge) {
      return done(status, answer, {
        kind: 'failed',
        reason: 'answer-too-large',
        detail: `the answer is larger than ${MAX_ANSWER_BYTES} bytes`,
      });
    }
  } catch (error) {
    if (timedOut) {
      return done(status, answer, {
        kind: 'failed',
        reason: 'timeout',
        detail: `no complete answer within ${agent.deadlineMs} ms`,
      });
    }
    const detail = agent.redact(`cannot reach ${agent.url}: ${describeFetchError(error)}`);
    return done(status, answer, { kind: 'failed', reason: 'unreachable', detail });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  return done(status, answer, classifyAnswer(status, answer, agent));
}

/**
 * What an answer means for the turn: a reply, a handover, or a failure with its reason.
 *
 * @example
 * classifyAnswer(200, '{"reply_text":"Hi <HUMAN_HANDOVER>"}', agent); // { kind: 'handover', text: 'Hi' }
 */
export function classifyAnswer(
  status: number,
  body: string,
  agent: Pick<AgentSettings, 'redact'>,
): TurnOutcome {
  if (status < 200 || status > 299) {
    const excerpt = body.trim().slice(0, 200);
    return {
      kind: 'failed',
      reason: 'error-status',
      detail: agent.redact(`the agent answered ${status}${excerpt ? `: ${excerpt}` : ''}`),
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return {
      kind: 'failed',
      reason: 'invalid-json',
      detail: `the answer is not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const replyText =
    typeof parsed === 'object' && parsed !== null && 'reply_text' in parsed
      ? parsed.reply_text
      : undefined;
  if (typeof replyText !== 'string') {
    return {
      kind: 'failed',
      reason: 'missing-reply-text',
      detail:
        replyText === undefined
          ? 'the answer has no reply_text'
          : `reply_text must be a string, got ${replyText === null ? 'null' : typeof replyText}`,
    };
  }
  if (isHandover(replyText)) return { kind: 'handover', text: stripHandover(replyText) };
  if (replyText.trim() === '') {
    return { kind: 'failed', reason: 'empty-reply-text', detail: 'reply_text is empty' };
  }
  return { kind: 'reply', text: replyText };
}

async function readCapped(response: Response): Promise<{ text: string; tooLarge: boolean }> {
  if (!response.body) return { text: '', tooLarge: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      chunks.push(value.subarray(0, value.byteLength - (size - MAX_ANSWER_BYTES)));
      await reader.cancel();
      return { text: decode(chunks), tooLarge: true };
    }
    chunks.push(value);
  }
  return { text: decode(chunks), tooLarge: false };
}

function decode(chunks: readonly Uint8Array[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

function describeFetchError(error: unknown): string {
  // fetch wraps the socket error: "fetch failed" with the useful part in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    return code && !cause.message.includes(code) ? `${code} (${cause.message})` : cause.message;
  }
  return String(cause);
}
