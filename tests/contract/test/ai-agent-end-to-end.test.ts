import { checkAgent } from '@caac/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface RunningAgent {
  url: string;
  close(): Promise<void>;
}
type StartAgent = (options: { token: string; port?: number }) => Promise<RunningAgent>;

const TOKEN = 'contract-agent-token-7f3a9c';

// The example agents are plain JS workspace packages; their start functions share one shape.
const agents: [string, () => Promise<{ startAgent: StartAgent }>][] = [
  ['node:http example agent', () => import('@caac/example-node-http-agent')],
  ['Hono example agent', () => import('@caac/example-hono-agent')],
];

describe.each(agents)('the mock-server checker against the %s', (_name, load) => {
  let agent: RunningAgent;
  beforeAll(async () => {
    const { startAgent } = await load();
    agent = await startAgent({ token: TOKEN, port: 0 });
  });
  afterAll(() => agent?.close());

  it('passes every required check, each answer well inside the 45 s deadline', async () => {
    const report = await checkAgent({ url: agent.url, token: TOKEN, seed: 7 });
    const failed = report.results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.reason}`);
    expect(failed).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.results.map((r) => r.id)).toEqual(
      expect.arrayContaining(['health-check', 'no-token', 'wrong-token']),
    );
    for (const result of report.results) {
      if (result.latencyMs !== null) expect(result.latencyMs).toBeLessThan(45_000);
    }
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('fails when CAAC is configured with another token', async () => {
    const report = await checkAgent({ url: agent.url, token: 'not-the-agent-token', seed: 7 });
    expect(report.passed).toBe(false);
  });
});
