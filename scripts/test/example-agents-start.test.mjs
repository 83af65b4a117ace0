// @ts-check
// `pnpm example:agent` / each example's `pnpm start` as users run it: src/main.js of every example
// agent in its own process, configured by the environment.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examples = ['node-http-agent', 'hono-agent'];

/**
 * Runs an example's src/main.js until it prints its URL (or exits), bounded in time.
 * @param {string} example
 * @param {Record<string, string>} env
 */
function start(example, env) {
  const main = fileURLToPath(new URL(`../../examples/${example}/src/main.js`, import.meta.url));
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  /** @type {Promise<{ url?: string, code: number | null, output: string }>} */
  const ready = new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ code: null, output }), 60_000);
    const check = () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, code: null, output });
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  return { child, ready };
}

describe.each(examples)('examples/%s: pnpm start (src/main.js)', (example) => {
  it('serves on loopback at $PORT with the token from $CAAC_AGENT_TOKEN, never printing it', async () => {
    const token = 'main-test-token-4f1c';
    const { child, ready } = start(example, { CAAC_AGENT_TOKEN: token, PORT: '0' });
    try {
      const { url, output } = await ready;
      expect(url, output).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/ai-agent$/);
      const health = await fetch(/** @type {string} */ (url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        // CAAC's health check: an empty conversation.
        body: JSON.stringify({
          conversation_id: 0,
          org_uuid: '',
          version: '1.0',
          messages: [],
          participants: {},
        }),
        signal: AbortSignal.timeout(30_000),
      });
      expect(health.status).toBe(200);
      const refused = await fetch(/** @type {string} */ (url), {
        method: 'POST',
        headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(30_000),
      });
      expect(refused.status).toBe(401);
      expect(output).not.toContain(token);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('exits 1 and says what to set when CAAC_AGENT_TOKEN is missing', async () => {
    const { ready } = start(example, { PORT: '0' });
    const { code, output } = await ready;
    expect(code).toBe(1);
    expect(output).toContain('Set CAAC_AGENT_TOKEN');
  });
});
