import { HUMAN_HANDOVER } from '@caac/ai-agent-types';
import type { CheckCase } from './cases.js';
import type { AgentCall } from './send.js';
import type { CheckResult } from './types.js';

/**
 * Judges one answer against what CAAC expects, and says why when it falls short.
 * `secrets` are masked in everything the result quotes from the agent.
 *
 * @example
 * evaluate(noTokenCase, { status: 200, … }, 45_000, [token]).reason;
 * // 'expected 401, got 200: without a bearer token anyone on the internet could use the agent'
 */
export function evaluate(
  check: CheckCase,
  call: AgentCall,
  timeoutMs: number,
  secrets: readonly string[],
): CheckResult {
  const expected =
    check.expect.kind === 'reply' ? '200 JSON reply_text' : String(check.expect.status);
  const base = {
    id: check.id,
    title: check.title,
    required: check.required,
    expected,
    status: call.status,
    latencyMs: call.latencyMs === null ? null : Math.round(call.latencyMs),
  };
  // Only text that came from the agent is masked: our own wording never holds a secret.
  const quote = (text: string) => redact(text, secrets);
  const fail = (got: string, reason: string): CheckResult => ({
    ...base,
    got,
    handover: null,
    pass: false,
    reason,
  });
  const pass = (got: string, handover: boolean | null = null): CheckResult => ({
    ...base,
    got,
    handover,
    pass: true,
  });
  const snippet = () => quote(bodySnippet(call));

  if (call.status === null) {
    const failure = quote(call.failure ?? 'no answer');
    return fail(failure, `${failure}: ${check.why}`);
  }
  if (call.latencyMs !== null && call.latencyMs > timeoutMs) {
    return fail(
      `${call.status} after the deadline`,
      `answered after ${timeoutMs} ms; CAAC gives up at ${timeoutMs} ms`,
    );
  }

  if (check.expect.kind === 'status') {
    const want = check.expect.status;
    if (call.status === want) return pass(String(call.status));
    return fail(`${call.status}${snippet()}`, `expected ${want}, got ${call.status}: ${check.why}`);
  }

  if (call.status !== 200) {
    return fail(`${call.status}${snippet()}`, `expected 200, got ${call.status}: ${check.why}`);
  }
  if (!isJson(call.contentType)) {
    return fail(
      `200 ${quote(call.contentType ?? 'without content-type')}`,
      `the answer must be JSON (content-type application/json), got ${quote(call.contentType ?? 'none')}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.bodyText);
  } catch {
    return fail(`200 invalid JSON${snippet()}`, 'the answer is not valid JSON');
  }
  const replyText =
    typeof parsed === 'object' && parsed !== null && 'reply_text' in parsed
      ? parsed.reply_text
      : undefined;
  if (typeof replyText !== 'string') {
    return fail(
      `200 without string reply_text${snippet()}`,
      `the answer must be {"reply_text": "<string>"}; reply_text is ${describeType(replyText)}`,
    );
  }
  const handover = replyText.includes(HUMAN_HANDOVER);
  return pass(
    `200 reply_text (${[...replyText].length} chars)${handover ? ', handover' : ''}`,
    handover,
  );
}

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function bodySnippet(call: AgentCall): string {
  const text = call.bodyText.replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  return ` ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

function describeType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Replaces every occurrence of each secret, so an agent echoing its token cannot leak it. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}
