// (5) The `caac-mock` bin, run from the installed tarball's node_modules/.bin as a user would.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { run, strangerEnv } from '../src/run.js';
import { startServeProcess } from '../src/serve-process.js';

const context = consumerContext();
const bin = () => join(context.appDir, 'node_modules', '.bin', 'caac-mock');

it('prints its help and exits 0', async () => {
  const result = await run(bin(), ['--help'], {
    cwd: context.appDir,
    timeoutMs: 30_000,
    env: strangerEnv(),
  });
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/serve/);
});

it('serves on a free loopback port, answers a request and stops on SIGTERM', async () => {
  const mock = await startServeProcess(bin(), ['serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: context.appDir,
    env: strangerEnv(),
    readyTimeoutMs: 30_000,
  });
  let stopped = false;
  try {
    const response = await fetch(`${mock.url}/caac/v1/tags`, {
      headers: { apikey: 'consumer-test-key' },
      signal: AbortSignal.timeout(10_000),
    });
    // Whatever the key policy answers (200 with a key it accepts, 401 in the spec's format), it
    // is the mock speaking JSON, not a crash.
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/json/);
    await response.arrayBuffer();
    const exit = await mock.stop();
    stopped = true;
    expect(exit, mock.output()).toEqual({ code: 0, signal: null });
    await expect(fetch(mock.url, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  } finally {
    if (!stopped) await mock.stop();
  }
});
