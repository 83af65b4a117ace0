import { HUMAN_HANDOVER } from '@caac/ai-agent-types';
import { isJsonType, mediaType, readAnswerBody } from './answer-body.js';
import { type CheckCase, describeExpectation } from './cases.js';
import { excerpt } from './excerpt.js';
import { maskSecrets } from './mask-secrets.js';
import type { AgentCall } from './send.js';
import type { CheckResult } from './types.js';

/** LINE's limit on one text message; CAAC relays the agent's reply to LINE. */
export const LINE_TEXT_LIMIT = 5_000;

/**
 * Judges one answer against what CAAC expects, and says why when it falls short. Everything quoted
 * from the agent is masked first (`secrets`), then bounded: never cut first.
 *
 * @example
 * evaluate(noTokenCase, call, 45_000, [token]).reason;
 * // 'expected 401, got 200: without a bearer token anyone on the internet could use the agent'
 */
export function evaluate(
  check: CheckCase,
  call: AgentCall,
  timeoutMs: number,
  secrets: readonly string[],
): CheckResult {
  const base = {
    id: check.id,
    title: check.title,
    required: check.required,
    expected: describeExpectation(check.expect),
    status: call.status,
    latencyMs: call.latencyMs,
    headersMs: call.headersMs,
    bytesReceived: call.bytesReceived,
    handover: null,
    skipped: false,
  };
  const mask = (text: string) => maskSecrets(text, secrets);
  const body = readAnswerBody(
    call.contentType,
    maskSecrets(call.bodyText, secrets, { truncated: !call.complete }),
    secrets,
  );
  const said = body.message;
  const fail = (got: string, reason: string): CheckResult => ({
    ...base,
    got,
    pass: false,
    reason:
      said === undefined || call.status === 200 ? reason : `${reason}; the agent said: ${said}`,
    ...(said === undefined ? {} : { agentMessage: said }),
  });

  if (call.failure) {
    const failure = mask(call.failure.message);
    return fail(shortFailure(call), `${failure}: ${check.why}`);
  }
  const status = call.status ?? 0;
  if (call.latencyMs !== null && call.latencyMs > timeoutMs) {
    return fail(
      `${status} after the deadline`,
      `answered after ${call.latencyMs} ms; CAAC gives up at ${timeoutMs} ms`,
    );
  }
  const got = `${status} ${describeBody(body.kind, call.contentType, mask, secrets)}`;

  if (check.expect.kind === 'rejection') {
    const want = check.expect.status;
    if (status !== want) return fail(got, `expected ${want}, got ${status}: ${check.why}`);
    if (body.kind === 'html' || body.exposesStackTrace) {
      return fail(
        got,
        `the ${want} came as ${describeLeak(body.kind, body.exposesStackTrace)}, not the agent's JSON error: ` +
          "a framework answered before the agent's handler (e.g. a body parser), and it shows strangers its internals",
      );
    }
    if (body.kind !== 'json') {
      return fail(
        got,
        `the ${want} must carry a JSON error body ({"code","message"}), got ${describeBody(body.kind, call.contentType, mask, secrets)}`,
      );
    }
    return {
      ...base,
      got,
      pass: true,
      ...(body.isErrorFormat
        ? {}
        : {
            warning:
              'the error body is JSON but not the spec\'s Error shape {"code": string, "message": string}',
          }),
    };
  }

  if (status !== 200) return fail(got, `expected 200, got ${status}: ${check.why}`);
  if (!isJsonType(mediaType(call.contentType))) {
    return fail(
      got,
      `the answer must be JSON (content-type application/json), got ${mask(call.contentType ?? 'none')}`,
    );
  }
  if (body.kind !== 'json') {
    return fail('200 invalid JSON', `the answer is not valid JSON: ${said ?? 'empty body'}`);
  }
  // Judged on the raw answer (masking would change the text); quoted only from the masked one.
  const raw: unknown = JSON.parse(call.bodyText);
  const replyText = isRecord(raw) ? raw.reply_text : undefined;
  if (typeof replyText !== 'string') {
    return fail(
      '200 without string reply_text',
      `the answer must be {"reply_text": "<string>"}; reply_text is ${describeType(replyText)}: ${excerpt(JSON.stringify(body.json), 200, secrets)}`,
    );
  }
  if (maskSecrets(replyText, secrets) !== replyText) {
    return fail(
      '200 reply_text with the token',
      'the reply contains the bearer token; CAAC would send it to the customer',
    );
  }
  const handover = replyText.includes(HUMAN_HANDOVER);
  const length = [...replyText].length;
  return {
    ...base,
    got: `200 reply_text (${length} chars)${handover ? ', handover' : ''}`,
    handover,
    pass: true,
    ...(length > LINE_TEXT_LIMIT
      ? {
          warning: `reply_text has ${length} characters; CAAC relays replies to LINE, whose text messages hold at most ${LINE_TEXT_LIMIT}`,
        }
      : {}),
  };
}

function shortFailure(call: AgentCall): string {
  switch (call.failure?.kind) {
    case 'unreachable':
      return 'nothing listening';
    case 'connect-timeout':
      return 'no connection';
    case 'no-headers':
      return 'no answer';
    case 'stalled':
      return `${call.status} body stalled at ${call.bytesReceived} B`;
    case 'too-large':
      return call.status === null ? 'answer too large' : `${call.status} answer too large`;
    default:
      return call.status === null ? 'connection broken' : `${call.status} connection broken`;
  }
}

function describeBody(
  kind: string,
  contentType: string | null,
  mask: (text: string) => string,
  secrets: readonly string[],
) {
  switch (kind) {
    case 'empty':
      return 'empty body';
    case 'json':
      return 'JSON';
    case 'invalid-json':
      return 'invalid JSON';
    case 'html':
      return 'HTML page';
    default:
      // Bounded here, where the secrets are known, so the table never has to clip it.
      return excerpt(mask(mediaType(contentType) || 'text without content-type'), 30, secrets);
  }
}

function describeLeak(kind: string, stackTrace: boolean): string {
  if (kind === 'html') return stackTrace ? 'an HTML page with a stack trace' : 'an HTML page';
  return kind === 'json' ? 'JSON with a stack trace' : 'a stack trace';
}

function describeType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
