import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { startBrokenAgent, startCorrectAgent, type TestAgent } from './helpers/agents.js';
import { memoryIo } from './helpers/cli-io.js';
import { call } from './helpers/http.js';

describe('caac-mock help', () => {
  it.each([
    ['--help'],
    ['help'],
    ['help', 'serve'],
    ['serve', '--help'],
    ['check-agent', '--help'],
  ])('%s %s prints usage with examples and exits 0', async (...argv) => {
    const cli = memoryIo();
    expect(await runCli(argv, cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/Usage: caac-mock/);
    expect(cli.stdout()).toMatch(/caac-mock (serve|check-agent)/);
  });

  it.each(['serve', 'check-agent'])(
    'documents every %s option with an example',
    async (command) => {
      const cli = memoryIo();
      await runCli([command, '--help'], cli.io);
      const options =
        cli
          .stdout()
          .split('\n\n')
          .find((part) => part.startsWith('Options:')) ?? '';
      const blocks = options.split(/\n(?= {2}-)/).slice(1);
      expect(blocks.length).toBeGreaterThan(4);
      for (const block of blocks.filter((b) => !b.includes('--help'))) {
        expect(block, block).toMatch(/\n {24}caac-mock /);
      }
      if (command === 'serve') {
        for (const flag of [
          '--port',
          '--host',
          '--dynamic',
          '--seed',
          '--errors',
          '--keys',
          '--latency-ms',
          '--fault',
          '--max-body-bytes',
          '--spec',
          '--quiet',
        ]) {
          expect(options).toContain(flag);
        }
      }
    },
  );

  it('exits 2 with a hint on an unknown command or flag', async () => {
    const unknown = memoryIo();
    expect(await runCli(['launch'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "launch"');
    const badFlag = memoryIo();
    expect(await runCli(['serve', '--prot', '1'], badFlag.io)).toBe(2);
    expect(badFlag.stderr()).toContain("Unknown option '--prot'");
    const badFault = memoryIo();
    expect(await runCli(['serve', '--fault', 'boom'], badFault.io)).toBe(2);
  });
});

describe('caac-mock serve', () => {
  it('prints the URL and a ready-to-run curl line, a journal line per request, and stops on SIGTERM', async () => {
    const cli = memoryIo();
    const exit = runCli(['serve', '--port', '0'], cli.io);
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(cli.stdout()).toContain(`Try: curl -s -H 'apikey: test-key' ${url}/caac/v2/channels`);
    expect((await call(url, '/caac/v2/channels', { headers: { apikey: 'test-key' } })).status).toBe(
      200,
    );
    await cli.waitFor(/ 200 +GET +\/caac\/v2\/channels +\d+ ms +listChannelsV2/);
    cli.stop('SIGTERM');
    expect(await exit).toBe(0);
    await expect(call(url, '/caac/v2/channels')).rejects.toThrow();
  });

  it('takes keys from CAAC_MOCK_API_KEYS and never prints them', async () => {
    const cli = memoryIo({ CAAC_MOCK_API_KEYS: 'env-key-1,env-key-2' });
    const exit = runCli(['serve', '--port', '0', '--errors'], cli.io);
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/[\d.:]+)/);
    expect((await call(url, '/caac/v1/tags', { headers: { apikey: 'env-key-2' } })).status).toBe(
      200,
    );
    expect((await call(url, '/caac/v1/tags', { headers: { apikey: 'other' } })).status).toBe(401);
    await cli.waitFor(/401 .*apikey unknown/);
    cli.stop();
    expect(await exit).toBe(0);
    // A shell expansion of the variable, printed literally: the curl line runs, the key stays hidden.
    expect(cli.stdout()).toContain(['-H "apikey: $', '{CAAC_MOCK_API_KEYS%%,*}"'].join(''));
    expect(cli.stdout()).not.toContain('env-key');
  });

  it('--quiet prints no journal lines', async () => {
    const cli = memoryIo();
    const exit = runCli(['serve', '--port', '0', '--quiet', '--keys', 'flag-key'], cli.io);
    const [, url = ''] = await cli.waitFor(/listening on (http:\/\/[\d.:]+)/);
    await call(url, '/caac/v1/tags', { headers: { apikey: 'flag-key' } });
    cli.stop();
    await exit;
    expect(cli.stdout()).not.toMatch(/GET +\/caac/);
    expect(cli.stdout()).not.toContain('flag-key');
  });
});

describe('caac-mock check-agent', () => {
  let good: TestAgent;
  let broken: TestAgent;
  let dir: string;
  beforeAll(async () => {
    [good, broken] = await Promise.all([startCorrectAgent('cli-token'), startBrokenAgent()]);
    dir = mkdtempSync(path.join(tmpdir(), 'caac-check-'));
  });
  afterAll(async () => {
    await Promise.all([good.close(), broken.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 for a correct agent and writes the JSON report', async () => {
    const cli = memoryIo();
    const out = path.join(dir, 'report.json');
    expect(
      await runCli(['check-agent', good.url, '--token', 'cli-token', '--json', out], cli.io),
    ).toBe(0);
    expect(cli.stdout()).toMatch(/PASSED: \d+\/\d+ required checks passed/);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { passed: boolean; results: unknown[] };
    expect(report.passed).toBe(true);
    expect(readFileSync(out, 'utf8') + cli.stdout()).not.toContain('cli-token');
  });

  it('exits 1 for a broken agent, reading the token from CAAC_AGENT_TOKEN', async () => {
    const cli = memoryIo({ CAAC_AGENT_TOKEN: 'env-token' });
    expect(await runCli(['check-agent', broken.url, '--timeout-ms', '5000'], cli.io)).toBe(1);
    expect(cli.stdout()).toMatch(/^FAILED/m);
    expect(cli.stdout()).not.toContain('env-token');
  });

  it('exits 2 without a URL or a token', async () => {
    const noUrl = memoryIo();
    expect(await runCli(['check-agent', '--token', 't'], noUrl.io)).toBe(2);
    const noToken = memoryIo();
    expect(await runCli(['check-agent', good.url], noToken.io)).toBe(2);
    expect(noToken.stderr()).toContain('--token or $CAAC_AGENT_TOKEN');
  });
});

// The built bin as users run it. `turbo run test` builds first; run directly (from any
// directory) the suite builds it rather than skipping, so this test can never silently vanish.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(packageRoot, 'dist', 'cli.js');
describe('the built caac-mock bin', () => {
  beforeAll(() => {
    if (existsSync(bin)) return;
    const build = spawnSync('pnpm', ['run', 'build'], {
      cwd: packageRoot,
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (!existsSync(bin)) {
      throw new Error(
        `dist/cli.js is missing and "pnpm run build" in ${packageRoot} did not make it (exit ${build.status}):\n${build.stderr}`,
      );
    }
  }, 300_000);

  it('serves with no arguments but "serve" and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    try {
      const deadline = Date.now() + 50_000; // a busy CI machine, not a slow start (testTimeout 60 s)
      let url: string | undefined;
      while (!url && Date.now() < deadline) {
        url = /listening on (http:\/\/[\d.:]+)/.exec(output)?.[1];
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(url, output).toBeDefined();
      expect((await call(url ?? '', '/caac/v1/tags', { headers: { apikey: 'k' } })).status).toBe(
        200,
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
