import { randomBytes } from 'node:crypto';
import { CAAC_DEADLINE_MS } from '@caac/ai-agent-types';
import { buildCases, type CheckCase } from './cases.js';
import { evaluate } from './evaluate.js';
import { seededRandom } from './random.js';
import { sendToAgent } from './send.js';
import { agentRequestExamples } from './spec-examples.js';
import type { AgentReport, CheckAgentOptions, CheckResult } from './types.js';

/**
 * Plays CAAC against a self-hosted AI agent: the spec's example requests, random valid
 * conversations, a health check, a large conversation, and the requests an agent must reject
 * (no token, wrong token, unsupported version, malformed JSON). Checks run one after another,
 * as CAAC calls an agent once per conversation turn.
 *
 * @example
 * const report = await checkAgent({ url: 'http://127.0.0.1:3000/ai-agent', token: process.env.AGENT_TOKEN ?? '' });
 * if (!report.passed) console.log(formatReport(report));
 */
export async function checkAgent(options: CheckAgentOptions): Promise<AgentReport> {
  const target = parseTarget(options.url);
  if (options.token === '')
    throw new TypeError('[@caac/mock-server] checkAgent needs a non-empty token');
  const timeoutMs = options.timeoutMs ?? CAAC_DEADLINE_MS;
  const seed = options.seed ?? 1;
  const cases = buildCases({
    examples: agentRequestExamples(),
    random: seededRandom(seed),
    randomConversations: options.randomConversations ?? 3,
    largeConversationMessages: options.largeConversationMessages ?? 200,
  });
  // A token that is certainly not the right one, and never shown anywhere.
  const wrongToken = `wrong-${randomBytes(12).toString('hex')}`;
  const secrets = [options.token, wrongToken];

  const startedAt = new Date();
  const started = performance.now();
  const results: CheckResult[] = [];
  for (const check of cases) {
    const call = await sendToAgent(
      target.href,
      headersFor(check, options.token, wrongToken),
      check.body,
      timeoutMs,
    );
    const result = evaluate(check, call, timeoutMs, secrets);
    results.push(result);
    options.onResult?.(result);
  }
  const failed = results.filter((r) => !r.pass);
  return {
    target: `${target.origin}${target.pathname}`,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    timeoutMs,
    seed,
    passed: failed.every((r) => !r.required),
    counts: {
      total: results.length,
      passed: results.length - failed.length,
      failed: failed.length,
      requiredFailed: failed.filter((r) => r.required).length,
    },
    results,
  };
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

function parseTarget(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new TypeError(`[@caac/mock-server] not a URL: "${url}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new TypeError(
      `[@caac/mock-server] the agent URL must be http(s), got ${target.protocol}`,
    );
  }
  return target;
}
