// (6) The `caac-mcp` bin from the installed @caac/mcp tarball: help, and a tools/list over
// streamable HTTP answered by the installed MCP SDK.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { run, strangerEnv } from '../src/run.js';

const context = consumerContext();
const bin = () => join(context.appDir, 'node_modules', '.bin', 'caac-mcp');

it('prints its help to stderr and exits 0', async () => {
  const result = await run(bin(), ['--help'], {
    cwd: context.appDir,
    timeoutMs: 30_000,
    env: strangerEnv(),
  });
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/--read-only/);
  expect(result.stdout).toBe('');
});

it('refuses an unknown tool name with exit code 2', async () => {
  const result = await run(bin(), ['--tools', 'caac_no_such_tool'], {
    cwd: context.appDir,
    timeoutMs: 30_000,
    env: { ...strangerEnv(), CAAC_API_KEY: 'consumer-key' },
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('unknown tool "caac_no_such_tool"');
});
