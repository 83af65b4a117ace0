import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCorrectAgent } from './helpers/agents.js';
import { type HostileAgent, hostileAgent, streamingAnswer } from './helpers/hostile-agents.js';

// The built CLI as users run it, in its own process, so its memory and its stdout are its own.
// `turbo run test` builds first; run `pnpm --filter @caac/mock-server build` before vitest alone.
const bin = path.resolve('dist/cli.js');
const preload = path.resolve('test/fixtures/record-max-rss.mjs');
const TOKEN = 'Zq7xK3mP9vT2wR8sLd4N';
const MIB = 1024 * 1024;

let dir: string;
beforeAll(() => {
  // Fail loudly rather than skip: a skipped memory test proves nothing.
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build the package first`);
  dir = mkdtempSync(path.join(tmpdir(), 'caac-checker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssBytes: number;
}

function runChecker(
  args: readonly string[],
  { closeStdout = false, timeoutMs = 90_000 } = {},
): Promise<Run> {
  const rssFile = path.join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, ['--import', preload, bin, 'check-agent', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MAX_RSS_FILE: rssFile },
  });
  let stdout = '';
  let stderr = '';
  // A reader that goes away at once, as `| head -n 0` would: every write after this is EPIPE.
  if (closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(killer);
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) * 1024 : Number.NaN;
      resolve({ code, stdout, stderr, maxRssBytes: rss });
    });
  });
}

describe('checker memory against hostile agents (child process, peak RSS)', () => {
  let baseline: Run;
  let good: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    good = await startCorrectAgent(TOKEN);
    // The same run against a correct agent: what the checker needs anyway.
    baseline = await runChecker([good.url, '--token', TOKEN, '--random', '0']);
  }, 60_000);
  afterAll(() => good.close());

  const hostile: [string, () => Promise<HostileAgent>][] = [
    ['a 20 MB answer', () => hostileAgent(streamingAnswer(20_000_000))],
    [
      'an endless answer',
      () => hostileAgent(streamingAnswer(Number.POSITIVE_INFINITY, { maxMs: 60_000 })),
    ],
  ];
  it.each(hostile)('stays under 256 MiB against %s', { timeout: 180_000 }, async (name, start) => {
    const agent = await start();
    try {
      const run = await runChecker([agent.url, '--token', TOKEN, '--timeout-ms', '30000']);
      console.info(
        `checker peak RSS against ${name}: ${(run.maxRssBytes / MIB).toFixed(1)} MiB ` +
          `(against a correct agent: ${(baseline.maxRssBytes / MIB).toFixed(1)} MiB); ` +
          `agent sent ${(agent.bytesSent() / MIB).toFixed(1)} MiB in all`,
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('FAIL health-check: answer larger than 1048576 bytes');
      expect(run.maxRssBytes).toBeLessThan(256 * MIB);
    } finally {
      await agent.close();
    }
  });
});

describe('the CLI when its reader goes away (check-agent … | head)', () => {
  it('finishes, writes the JSON report and exits with its own code, without an EPIPE crash', {
    timeout: 60_000,
  }, async () => {
    const agent = await startCorrectAgent(TOKEN);
    try {
      const json = path.join(dir, 'report.json');
      const run = await runChecker([agent.url, '--token', TOKEN, '--json', json], {
        closeStdout: true,
      });
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
      expect(run.code).toBe(0);
      expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ passed: true });
    } finally {
      await agent.close();
    }
  });
});
