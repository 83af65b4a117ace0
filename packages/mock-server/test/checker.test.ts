import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCases, LARGE_BODY_BYTES } from '../src/checker/cases.js';
import { seededRandom } from '../src/checker/random.js';
import { agentRequestExamples } from '../src/checker/spec-examples.js';
import { type AgentReport, checkAgent, formatReport, startMockServer } from '../src/index.js';
import {
  startBrokenAgent,
  startCorrectAgent,
  startSlowAgent,
  type TestAgent,
} from './helpers/agents.js';

const TOKEN = 'agent-token-7f3a9c';
const byId = (report: AgentReport, id: string) => report.results.find((r) => r.id === id);

describe('checkAgent against a correct minimal agent', () => {
  let agent: TestAgent;
  let report: AgentReport;
  beforeAll(async () => {
    agent = await startCorrectAgent(TOKEN);
    // A deadline far above the agent's real latency: under CI load 5 s was missed.
    report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 30_000, seed: 7 });
  });
  afterAll(() => agent.close());

  it('passes every check', () => {
    expect(report.results.filter((r) => !r.pass)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.counts).toMatchObject({ failed: 0, requiredFailed: 0 });
  });

  it('runs the checks the issue asks for, each with a latency', () => {
    const ids = report.results.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'health-check',
        'example:conversation',
        'random-1',
        'random-2',
        'random-3',
        'large-conversation',
        'no-token',
        'wrong-token',
        'unsupported-version',
        'large-body',
        'malformed-json',
        'malformed-json-no-token',
      ]),
    );
    for (const result of report.results) expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(byId(report, 'no-token')).toMatchObject({
      expected: '401 JSON error',
      got: '401 JSON',
      status: 401,
    });
  });

  it('reports whether each reply asked for a human handover', () => {
    const replies = report.results.filter((r) => r.expected === '200 JSON reply_text');
    for (const reply of replies) expect(typeof reply.handover).toBe('boolean');
  });

  it('is repeatable: the same seed sends the same conversations', () => {
    const build = () =>
      buildCases({
        examples: agentRequestExamples(),
        random: seededRandom(7),
        randomConversations: 3,
        largeConversationMessages: 200,
        largeBodyBytes: LARGE_BODY_BYTES,
      }).map((c) => c.body);
    expect(build()).toEqual(build());
    const large = JSON.parse(build()[5] ?? '{}') as { messages?: unknown[] };
    expect(large.messages).toHaveLength(200);
    const largeBody = build()[6] ?? '';
    expect(Buffer.byteLength(largeBody)).toBeGreaterThanOrEqual(300 * 1024);
    expect(Buffer.byteLength(largeBody)).toBeLessThan(340 * 1024);
  });
});

describe('checkAgent against a deliberately broken agent', () => {
  let agent: TestAgent;
  let report: AgentReport;
  beforeAll(async () => {
    agent = await startBrokenAgent();
    report = await checkAgent({ url: agent.url, token: TOKEN, timeoutMs: 5_000 });
  });
  afterAll(() => agent.close());

  it('fails', () => {
    expect(report.passed).toBe(false);
    expect(report.counts.requiredFailed).toBeGreaterThanOrEqual(4);
  });

  it('says why for each problem', () => {
    expect(byId(report, 'no-token')?.reason).toBe(
      'expected 401, got 200: without a bearer token anyone on the internet could use the agent',
    );
    expect(byId(report, 'wrong-token')?.reason).toMatch(
      /^expected 401, got 200: the agent must compare the token/,
    );
    expect(byId(report, 'unsupported-version')?.reason).toMatch(/^expected 400, got 200/);
    expect(byId(report, 'malformed-json')?.reason).toMatch(
      /^connection error: .*(ECONNRESET|other side closed|socket)/i,
    );
    expect(byId(report, 'health-check')?.reason).toBe(
      'the answer must be JSON (content-type application/json), got text/plain',
    );
  });

  it('prints a table with a FAIL line per failed check and the verdict', () => {
    const text = formatReport(report);
    expect(text).toMatch(/CHECK\s+EXPECTED\s+GOT\s+LATENCY\s+RESULT/);
    expect(text).toMatch(/^no-token\s+401 JSON error\s+200 JSON\s.*FAIL$/m);
    expect(text).toContain('FAIL no-token: expected 401, got 200');
    expect(text).toMatch(/^FAILED: \d+\/\d+ required checks passed/m);
  });
});

describe('deadline', () => {
  it('fails checks whose answer takes longer than the deadline, and reports it', async () => {
    const agent = await startSlowAgent(1_000);
    try {
      const report = await checkAgent({
        url: agent.url,
        token: TOKEN,
        timeoutMs: 150,
        randomConversations: 0,
      });
      expect(byId(report, 'health-check')).toMatchObject({
        pass: false,
        got: 'no answer',
        reason: expect.stringMatching(
          /^no answer within 150 ms \(connected, but no response headers\)/,
        ),
        latencyMs: null,
      });
      expect(report.passed).toBe(false);
    } finally {
      await agent.close();
    }
  });
});

describe('secrets', () => {
  it('never prints the token, even when the agent echoes it back', async () => {
    const { createServer } = await import('node:http');
    const echo = createServer((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`bad auth: ${req.headers.authorization ?? ''}`);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const address = echo.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const report = await checkAgent({
        url: `http://127.0.0.1:${port}/`,
        token: TOKEN,
        timeoutMs: 5_000,
      });
      const everything = `${formatReport(report)}\n${JSON.stringify(report)}`;
      expect(everything).toContain('bad auth: Bearer ***');
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toMatch(/Bearer wrong-[0-9a-f]/);
    } finally {
      echo.closeAllConnections();
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  });
});

describe('the checker’s requests, judged by Prism against the AI agent spec', () => {
  it('sends valid requests where it expects a reply, and invalid ones where it expects 400', async () => {
    const mock = await startMockServer({ spec: 'generated-spec/ai-agent.openapi.json' });
    try {
      const cases = buildCases({
        examples: agentRequestExamples(),
        random: seededRandom(3),
        randomConversations: 5,
        largeConversationMessages: 200,
        largeBodyBytes: LARGE_BODY_BYTES,
      });
      for (const check of cases.filter((c) => c.auth === 'token')) {
        const res = await fetch(`${mock.url}/ai-agent`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: check.body,
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        const violations = mock.journal.entries.at(-1)?.violations.request ?? [];
        if (check.expect.kind === 'reply') {
          expect(violations, check.id).toEqual([]);
          expect(res.status, check.id).toBe(200);
        } else {
          expect(res.status, check.id).toBe(400);
        }
      }
    } finally {
      await mock.close();
    }
  });
});
