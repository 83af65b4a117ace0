// `pnpm start` and `pnpm example:client` as a partner runs them: through scripts/dev/run.mjs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBuild } from '../dev/build-if-changed.mjs';
import { commandArgs, TASKS } from '../dev/run.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const runner = path.join(root, 'scripts/dev/run.mjs');

/** A loopback port nothing listens on (bound, then released). */
function closedPort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the runner in its own process group, as a terminal would. */
function run(args, env = {}) {
  const child = spawn(process.execPath, [runner, ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // turbo has built everything before this suite; a nested build would rewrite dist/ under the
    // suites running next to it.
    env: { ...process.env, CAAC_DEV_BUILD: '0', ...env },
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    out.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    out.stderr += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

describe('dev runner', () => {
  it('drops the `--` that `pnpm start -- --port 4011` passes on', () => {
    expect(commandArgs(['--', '--port', '4011'])).toEqual(['--port', '4011']);
    expect(commandArgs(['--port', '4011'])).toEqual(['--port', '4011']);
    expect(TASKS.start.command(commandArgs(['--', '--port', '0']))).toEqual([
      'packages/mock-server/dist/cli.js',
      'serve',
      '--port',
      '0',
    ]);
  });

  it('prints nothing about an up-to-date build, one line about a rebuild, everything on failure', () => {
    const build = { ok: true, cached: 3, total: 3, seconds: 0.4, output: 'turbo noise' };
    expect(describeBuild('@caac/mock-server', build)).toBe('');
    expect(describeBuild('@caac/mock-server', { ...build, cached: 1, seconds: 21.04 })).toBe(
      'built 2 changed packages for @caac/mock-server in 21.0 s\n',
    );
    expect(describeBuild('@caac/client', { ...build, ok: false, output: 'src/x.ts: error' })).toBe(
      'build of @caac/client failed:\nsrc/x.ts: error',
    );
  });

  it('start: the banner (URL, keys, curl line) is the last output; Ctrl-C ends it with 0', async () => {
    const { child, out, exited } = run(['start', '--', '--port', '0']);
    try {
      const deadline = Date.now() + 180_000;
      while (!out.stdout.includes('Press Ctrl-C to stop.') && Date.now() < deadline) {
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const lines = out.stdout.trimEnd().split('\n');
      expect(lines.at(-1), out.stdout + out.stderr).toBe('Press Ctrl-C to stop.');
      expect(lines.at(-4)).toMatch(/^CAAC mock listening on http:\/\/127\.0\.0\.1:\d+$/);
      expect(lines.at(-2)).toMatch(/^Try: curl -s -H 'apikey: [^']+' http:\/\/127\.0\.0\.1:\d+\//);
      expect(out.stderr).toBe('');
      process.kill(-child.pid, 'SIGINT'); // what Ctrl-C does: the whole foreground group
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  }, 240_000);

  it('example:client with no mock running prints one line that says to start it', async () => {
    const port = await closedPort();
    const { out, exited } = run(['example:client'], { CAAC_BASE_URL: `http://127.0.0.1:${port}` });
    expect(await exited).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(
      `No CAAC API answers at http://127.0.0.1:${port}: start the mock with \`pnpm start\` in another terminal (or set CAAC_BASE_URL).`,
    );
    expect(lines, out.stderr).toHaveLength(1);
    expect(out.stdout).toBe('');
  }, 240_000);
});
