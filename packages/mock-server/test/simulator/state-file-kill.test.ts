import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built bin as users run it; `turbo run test` builds first. Found from this file, not the cwd.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Starts `caac-mock serve --stateful --state-file`, resolves its URL and a SIGKILL. */
async function startServe(stateFile: string) {
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', '0', '--quiet', '--stateful', '--state-file', stateFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Generous: a busy CI machine can take many seconds to start Node and load Prism.
  const deadline = Date.now() + 90_000;
  let url: string | undefined;
  while (!url && Date.now() < deadline && child.exitCode === null) {
    url = /listening on (http:\/\/[\d.:]+)/.exec(output)?.[1];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`caac-mock did not start:\n${output}`);
  }
  return {
    url,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('--state-file under SIGKILL', () => {
  it('always leaves a whole state file that the next start loads', {
    timeout: 600_000,
  }, async () => {
    // Never a silent skip: without the build there is nothing to kill.
    expect(existsSync(bin), `${bin} is missing: run pnpm --filter @caac/mock-server build`).toBe(
      true,
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'caac-kill-'));
    const stateFile = path.join(dir, 'state.json');
    let persisted = 0;
    for (let round = 0; round < 4; round++) {
      const serve = await startServe(stateFile);
      const headers = { apikey: 'kill-key', 'content-type': 'application/json' };
      const listed = await fetch(`${serve.url}/caac/v1/tags`, { headers });
      const names = ((await listed.json()) as { tags: { name: string }[] }).tags.map((t) => t.name);
      // Everything a previous round saw written to the file is back.
      expect(names.filter((n) => n.startsWith('round-')).length).toBeGreaterThanOrEqual(persisted);
      // Writes keep going while the process is killed at a varying moment.
      const writes = Array.from({ length: 40 }, (_, i) =>
        fetch(`${serve.url}/caac/v1/tags`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `round-${round}-${i}` }),
        }).catch(() => undefined),
      );
      await new Promise((resolve) => setTimeout(resolve, 30 + round * 150));
      await serve.kill();
      await Promise.all(writes);
      if (existsSync(stateFile)) {
        const content = JSON.parse(readFileSync(stateFile, 'utf8')) as {
          format: string;
          tenants: Record<string, { tags: { name: string }[] }>;
        };
        expect(content.format).toBe('caac-mock-state');
        const tenants = Object.values(content.tenants);
        persisted = tenants[0]?.tags.filter((t) => t.name.startsWith('round-')).length ?? 0;
      }
    }
    // The later rounds ran long enough for writes to reach the file.
    expect(existsSync(stateFile)).toBe(true);
  });
});
