import { describe, expect, it } from 'vitest';
import { checkAgent } from '../src/index.js';

interface StartedAgent {
  readonly url: string;
  close(): Promise<void>;
}

// The repo's own example agent (examples/node-http-agent, built on @caac/ai-agent). Imported by a
// runtime specifier because it is plain JavaScript without declarations.
const EXAMPLE = '@caac/example-node-http-agent';

describe('the repo’s node:http example agent', () => {
  it('passes every check', async () => {
    const { startAgent } = (await import(EXAMPLE)) as {
      startAgent: (options: { token: string; port: number }) => Promise<StartedAgent>;
    };
    const agent = await startAgent({ token: 'example-agent-token', port: 0 });
    try {
      const report = await checkAgent({
        url: agent.url,
        token: 'example-agent-token',
        timeoutMs: 10_000,
      });
      expect(report.results.filter((r) => !r.pass)).toEqual([]);
      expect(report.passed).toBe(true);
    } finally {
      await agent.close();
    }
  });
});
