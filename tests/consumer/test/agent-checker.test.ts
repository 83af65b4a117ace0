// The newcomer's path, from the tarballs only: an AI agent built on @caac/ai-agent (CommonJS,
// node:http adapter) passes `caac-mock check-agent`, the checker that plays CAAC against it.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { copyFixture } from '../src/fixtures.js';
import { run, strangerEnv } from '../src/run.js';
import { startServeProcess } from '../src/serve-process.js';

const context = consumerContext();
// A throwaway value for this loopback-only agent; the checker never prints it.
const AGENT_TOKEN = 'consumer-test-agent-token';

it('passes every required check of caac-mock check-agent', async () => {
  const dir = await copyFixture(context, 'agent');
  const agent = await startServeProcess('node', ['agent.cjs'], {
    cwd: dir,
    env: { ...strangerEnv(), AGENT_TOKEN },
    readyTimeoutMs: 20_000,
  });
  try {
    const bin = join(context.appDir, 'node_modules', '.bin', 'caac-mock');
    const check = await run(
      bin,
      ['check-agent', `${agent.url}/ai-agent`, '--token', AGENT_TOKEN, '--timeout-ms', '10000'],
      { cwd: context.appDir, timeoutMs: 90_000, env: strangerEnv() },
    );
    expect(check.code, `${check.stdout}${check.stderr}\n${agent.output()}`).toBe(0);
    expect(check.stdout).not.toContain(AGENT_TOKEN);
  } finally {
    const exit = await agent.stop();
    expect(exit).toEqual({ code: 0, signal: null });
  }
});
