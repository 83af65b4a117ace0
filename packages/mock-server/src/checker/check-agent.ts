import { randomBytes } from 'node:crypto';
import { CAAC_DEADLINE_MS } from '@caac/ai-agent-types';
import { CaacMockConfigError } from '../errors.js';
import { buildCases, type CheckCase, describeExpectation, LARGE_BODY_BYTES } from './cases.js';
import { diagnose, type Outcome } from './diagnose.js';
import { evaluate } from './evaluate.js';
import { isShortToken, SHORT_TOKEN_LENGTH } from './mask-secrets.js';
import { seededRandom } from './random.js';
import { type AgentCall, sendToAgent } from './send.js';
import { agentRequestExamples } from './spec-examples.js';
import type { AgentReport, CheckAgentOptions, CheckPlan, CheckResult } from './types.js';

/**
 * The most of one answer the checker reads by default: a reply LINE can show is at most 5,000
 * characters (about 30 KB of JSON), so 1 MiB leaves room for any honest answer or error page.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 1024 * 1024;

/** The largest `maxAnswerBytes` allowed: keeps the checker well under 256 MiB whatever agents send. */
export const MAX_ANSWER_BYTES_LIMIT = 16 * 1024 * 1024;

/**
 * When a check gets no answer at all, one quick request (no token, which any agent rejects without
 * work) tells a dead agent from one that is only slow on that check. It waits at most this long.
 */
export const LIVENESS_PROBE_MS = 5_000;

/**
 * Plays CAAC against a self-hosted AI agent: the spec's example requests, random valid
 * conversations, a health check, large conversations, and the requests an agent must reject
 * (no token, wrong token, unsupported version, malformed JSON). Checks run one after another,
 * as CAAC calls an agent once per conversation turn. An agent that answers nothing at all is
 * given up on after one deadline and a short probe, and the report says so.
 *
 * @example
 * const report = await checkAgent({ url: 'http://127.0.0.1:3000/ai-agent', token: process.env.AGENT_TOKEN ?? '' });
 * if (!report.passed) console.log(formatReport(report));
 */
export async function checkAgent(options: CheckAgentOptions): Promise<AgentReport> {
  const target = parseAgentUrl(options.url);
  assertUsableToken(options.token);
  const timeoutMs = options.timeoutMs ?? CAAC_DEADLINE_MS;
  const maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  if (
    !Number.isSafeInteger(maxAnswerBytes) ||
    maxAnswerBytes < 1 ||
    maxAnswerBytes > MAX_ANSWER_BYTES_LIMIT
  ) {
    throw new CaacMockConfigError(
      `maxAnswerBytes must be a whole number from 1 to ${MAX_ANSWER_BYTES_LIMIT}, got ${maxAnswerBytes}`,
    );
  }
  const seed = options.seed ?? 1;
  const cases = buildCases({
    examples: agentRequestExamples(),
    random: seededRandom(seed),
    randomConversations: options.randomConversations ?? 3,
    largeConversationMessages: options.largeConversationMessages ?? 200,
    largeBodyBytes: LARGE_BODY_BYTES,
  });
  // A token that is certainly not the right one, and never shown anywhere.
  const wrongToken = `wrong-${randomBytes(12).toString('hex')}`;
  const secrets = [options.token, wrongToken];
  const shown = `${target.origin}${target.pathname}`;
  const plan: CheckPlan = {
    target: shown,
    timeoutMs,
    maxAnswerBytes,
    seed,
    checks: cases.map((c) => ({
      id: c.id,
      title: c.title,
      required: c.required,
      expected: describeExpectation(c.expect),
    })),
    warnings: isShortToken(options.token)
      ? [
          `the token has fewer than ${SHORT_TOKEN_LENGTH} characters: short tokens are weak (guessable), and reports can only mask them where they stand as whole words; use a long random one, e.g. openssl rand -hex 32`,
        ]
      : [],
  };
  options.onStart?.(plan);

  const startedAt = new Date();
  const started = performance.now();
  const send = (check: CheckCase, ms: number) =>
    sendToAgent(target, headersFor(check, options.token, wrongToken), check.body, {
      timeoutMs: ms,
      maxAnswerBytes,
    });
  const outcomes: Outcome[] = [];
  const diagnosis: string[] = [];
  const record = (result: CheckResult, call: AgentCall | undefined) => {
    outcomes.push({
      result,
      failureKind: call?.failure?.kind,
      failureMessage: call?.failure?.message,
    });
    options.onResult?.(result);
  };
  let answeredOnce = false;
  let givenUp = false;
  for (const check of cases) {
    if (givenUp) {
      record(skipped(check), undefined);
      continue;
    }
    const call = await send(check, timeoutMs);
    answeredOnce ||= call.headersMs !== null;
    record(evaluate(check, call, timeoutMs, secrets), call);
    const silent = call.failure?.kind === 'no-headers' || call.failure?.kind === 'connect-timeout';
    if (silent && !answeredOnce) {
      const probeMs = Math.min(timeoutMs, LIVENESS_PROBE_MS);
      const probe = await send(livenessProbe(check), probeMs);
      if (probe.headersMs !== null) {
        answeredOnce = true;
      } else {
        givenUp = true;
        diagnosis.push(
          `the agent at ${shown} answers nothing: ${check.id} got no answer within ${timeoutMs} ms, ` +
            `and a request without a token none within ${probeMs} ms` +
            (call.failure?.kind === 'connect-timeout'
              ? ' (no connection either: a firewall, or the wrong host?)'
              : ' (it accepts connections: is it stuck before it answers, or waiting for a body it already has?)') +
            `; the remaining ${cases.length - outcomes.length} checks were not run`,
        );
      }
    }
  }
  if (!givenUp) diagnosis.push(...diagnose(outcomes, shown));

  const results = outcomes.map((o) => o.result);
  const failed = results.filter((r) => !r.pass);
  return {
    target: shown,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    timeoutMs,
    maxAnswerBytes,
    seed,
    passed: failed.every((r) => !r.required),
    counts: {
      total: results.length,
      passed: results.length - failed.length,
      failed: failed.length,
      requiredFailed: failed.filter((r) => r.required).length,
      skipped: results.filter((r) => r.skipped).length,
    },
    diagnosis,
    warnings: plan.warnings,
    results,
  };
}

/**
 * Checks an agent URL as {@link checkAgent} takes it: absolute, http or https.
 *
 * @example
 * parseAgentUrl('http://127.0.0.1:3000/ai-agent').pathname; // '/ai-agent'
 */
export function parseAgentUrl(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new CaacMockConfigError(`not a URL: "${url}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new CaacMockConfigError(`the agent URL must be http(s), got ${target.protocol}`);
  }
  return target;
}

/**
 * Throws when a token cannot be sent as a bearer token; the message says where, never what.
 *
 * @example
 * assertUsableToken('sec ret'); // CaacMockConfigError: … at position 4
 */
export function assertUsableToken(token: string): void {
  if (token === '') throw new CaacMockConfigError('checkAgent needs a non-empty token');
  const bad = [...token].findIndex((c) => !/^[\x21-\x7e]$/.test(c));
  if (bad !== -1) {
    throw new CaacMockConfigError(
      `the token has a character a bearer token cannot have (a space, a control or a non-ASCII character) at position ${bad + 1}`,
    );
  }
}

function headersFor(check: CheckCase, token: string, wrongToken: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'caac-mock-check-agent',
  };
  if (check.auth === 'token') headers.authorization = `Bearer ${token}`;
  if (check.auth === 'wrong') headers.authorization = `Bearer ${wrongToken}`;
  return headers;
}

function livenessProbe(check: CheckCase): CheckCase {
  return { ...check, id: 'liveness-probe', auth: 'none' };
}

function skipped(check: CheckCase): CheckResult {
  return {
    id: check.id,
    title: check.title,
    required: check.required,
    expected: describeExpectation(check.expect),
    got: 'not run',
    status: null,
    latencyMs: null,
    headersMs: null,
    bytesReceived: 0,
    handover: null,
    pass: false,
    skipped: true,
    reason: 'not run: the agent answers nothing (see the diagnosis)',
  };
}
