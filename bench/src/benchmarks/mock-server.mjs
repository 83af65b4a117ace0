// @ts-check
// @caac/mock-server against plain `prism mock` on the same bundled spec, each in its own process:
// time from spawn to the first 2xx, requests/s and p99 at 10 and 50 connections on a GET route with
// a static example, and resident memory (after start, and peak after the load).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { alternate } from '../lib/alternate.mjs';
import { startNode, treeMemory } from '../lib/children.mjs';
import { freePort, waitForFirstAnswer } from '../lib/first-answer.mjs';
import { declareLoadMetrics, load, recordLoadMetrics } from '../lib/http-load.mjs';
import { benchDir, NotReady, repoRoot, requireBuilt } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'Mock server';

const ROUTE = '/caac/v1/tags';
const API_KEY = 'bench-key';
const MiB = 2 ** 20;

/**
 * @typedef {object} Server
 * @property {string} id
 * @property {string} label
 * @property {(port: number) => { args: string[], env?: Record<string, string> }} command node arguments
 */

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const spec = path.join(repoRoot, 'packages/mock-server/generated-spec/caac.openapi.json');
  if (!existsSync(spec))
    throw new NotReady(
      'packages/mock-server/generated-spec/caac.openapi.json is not generated yet',
    );
  const cli = requireBuilt('mock-server', 'dist/cli.js');
  const prismBin = createRequire(path.join(repoRoot, 'packages/mock-server/package.json')).resolve(
    '@stoplight/prism-cli/dist/index.js',
  );

  const rounds = quick ? 1 : 5;
  const durationMs = quick ? 700 : 1500;
  const connectionCounts = [10, 50];
  const headers = { apikey: API_KEY };
  const result = new ResultBuilder(title, {
    rounds,
    'ms per connection count per round': durationMs,
    connections: connectionCounts,
    route: `GET ${ROUTE} (static example)`,
    spec: 'packages/mock-server/generated-spec/caac.openapi.json',
    'server output': 'to a log file',
    'load generator': 'autocannon in the bench process; each server in its own process',
  });

  const api = path.join(benchDir, 'src/servers/caac-mock.mjs');
  /** @param {number} port @param {Record<string, unknown>} [extra] options beyond the API key */
  const apiEnv = (port, extra = {}) => ({
    BENCH_PORT: String(port),
    BENCH_MOCK_OPTIONS: JSON.stringify({ apiKeys: [API_KEY], ...extra }),
  });
  // The first of each pair is what users get by default and carries the targets; the second
  // changes one thing (logging, response validation) to show what it costs.
  /** @type {Server[]} */
  const servers = [
    {
      id: 'prism',
      label: 'plain prism mock',
      command: (port) => ({
        args: [prismBin, 'mock', spec, '-h', '127.0.0.1', '-p', String(port)],
      }),
    },
    {
      id: 'prism-silent',
      label: 'plain prism mock -v silent',
      command: (port) => ({
        args: [prismBin, 'mock', spec, '-h', '127.0.0.1', '-p', String(port), '-v', 'silent'],
      }),
    },
    {
      // The command users run, like `prism mock`: response validation off, a log line per request.
      id: 'cli',
      label: 'caac-mock serve',
      command: (port) => ({
        args: [cli, 'serve', '--host', '127.0.0.1', '--port', String(port), '--keys', API_KEY],
      }),
    },
    {
      id: 'cli-quiet',
      label: 'caac-mock serve --quiet',
      command: (port) => ({
        args: [
          cli,
          'serve',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--keys',
          API_KEY,
          '--quiet',
        ],
      }),
    },
    {
      // What test suites use: in-process start, journal kept, response validation on (its default).
      id: 'api',
      label: 'startMockServer()',
      command: (port) => ({ args: [api], env: apiEnv(port) }),
    },
    {
      id: 'api-no-errors',
      label: 'startMockServer({ errors: false })',
      command: (port) => ({ args: [api], env: apiEnv(port, { errors: false }) }),
    },
  ];
  const ours = ['cli', 'api'];
  for (const s of servers) {
    result.declare(`${s.id}:start`, `${s.label}: spawn to first answer`, 'ms');
    result.declare(`${s.id}:rss`, `${s.label}: resident memory after start`, 'MiB');
    for (const c of connectionCounts) {
      declareLoadMetrics(result, c, s);
    }
    result.declare(`${s.id}:peak`, `${s.label}: peak resident memory (after the load)`, 'MiB');
  }

  await alternate(servers, rounds, async (s) => {
    // One retry on a fresh process and port: on a machine shared with other test suites a single
    // server-round has failed with a burst of connection errors that did not reproduce.
    try {
      await measureOnce(s);
    } catch (error) {
      result.note(
        `${s.label}: one round retried after: ${error instanceof Error ? error.message : String(error)}`,
      );
      await measureOnce(s);
    }
  });

  /**
   * Starts one server, measures start, load and memory, and always stops it. Values are recorded
   * only when the whole round succeeded, so a retried round leaves no half-round behind.
   * @param {Server} s
   */
  async function measureOnce(s) {
    /** @type {[string, number][]} */
    const values = [];
    const record = (/** @type {string} */ id, /** @type {number} */ value) =>
      values.push([id, value]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}${ROUTE}`;
    const { args, env } = s.command(port);
    const started = performance.now();
    const child = startNode(args, { cwd: repoRoot, env });
    // startMockServer() children say when the import finished and when the server was ready,
    // in ms since their process started: where the start-up time goes.
    /** @type {Promise<{ importMs: number, readyMs: number }>} */
    const inside = new Promise((resolve) => child.process.once('message', resolve));
    try {
      await waitForFirstAnswer(url, headers, {
        timeoutMs: 60_000,
        isAlive: () => child.process.exitCode === null,
        describe: child.output,
      });
      record(`${s.id}:start`, performance.now() - started);
      record(`${s.id}:rss`, treeMemory(child.pid).rss / MiB);
      if (s.command(port).args[0] === api) {
        const { importMs, readyMs } = await inside;
        record(
          result.declare(`${s.id}:import`, `${s.label}: node start + import of the package`, 'ms'),
          importMs,
        );
        record(
          result.declare(`${s.id}:ready`, `${s.label}: startMockServer() after the import`, 'ms'),
          readyMs - importMs,
        );
      }
      // Warm-up: the first ~1.5 s of every server here runs several times slower (JIT, lazy
      // initialisation); measured after it, the numbers are the steady state.
      await load({
        url,
        headers,
        connections: 10,
        durationMs: quick ? 700 : 2000,
        maxRequests: 20_000,
      });
      for (const c of connectionCounts) {
        const r = await load({
          url,
          headers,
          connections: c,
          durationMs,
          maxRequests: 200_000,
          serverPid: child.pid,
        });
        recordLoadMetrics(record, c, s.id, r);
      }
      record(`${s.id}:peak`, treeMemory(child.pid).peak / MiB);
    } finally {
      await child.stop();
    }
    for (const [id, value] of values) result.record(id, value);
  }

  for (const s of servers.filter((server) => ours.includes(server.id))) {
    for (const c of connectionCounts) {
      const rps = (/** @type {string} */ id) => `c${c}:${id}:rps`;
      result.ratio(`${s.label}: ${c} connections req/s vs plain Prism`, rps(s.id), rps('prism'), {
        op: '>=',
        value: 2,
      });
      result.ratio(
        `${s.label}: ${c} connections p99 vs plain Prism`,
        `c${c}:${s.id}:p99`,
        `c${c}:prism:p99`,
      );
    }
    result.limit(`${s.label}: spawn to first answer`, `${s.id}:start`, { op: '<=', value: 1000 });
    result.ratio(
      `${s.label}: spawn to first answer vs plain Prism`,
      `${s.id}:start`,
      'prism:start',
    );
    result.ratio(`${s.label}: peak resident memory vs plain Prism`, `${s.id}:peak`, 'prism:peak', {
      op: '<=',
      value: 1,
    });
    result.ratio(
      `${s.label}: peak resident memory vs plain Prism -v silent`,
      `${s.id}:peak`,
      'prism-silent:peak',
    );
    result.ratio(
      `${s.label}: resident memory after start vs plain Prism`,
      `${s.id}:rss`,
      'prism:rss',
    );
  }
  // What helps: each pair differs in one setting; ratios of server CPU per request (steadier than
  // requests/s on a busy machine) and of requests/s.
  for (const [changed, base, what] of /** @type {const} */ ([
    ['prism-silent', 'prism', 'plain Prism, logging off vs on'],
    ['cli-quiet', 'cli', 'caac-mock serve, --quiet vs a log line per request'],
    ['api-no-errors', 'api', 'startMockServer(), response validation off vs on'],
    ['cli', 'prism', 'caac-mock serve vs plain Prism (both log, neither validates responses)'],
    // Engine against engine: Prism's own logging costs it half its speed, so this is the pair
    // that shows what the in-process engine and the prepared operations are worth on their own.
    [
      'cli-quiet',
      'prism-silent',
      'caac-mock serve --quiet vs plain Prism -v silent (neither logs)',
    ],
  ])) {
    result.ratio(
      `${what}: 50 connections req/s`,
      `c50:${changed}:rps`,
      `c50:${base}:rps`,
      undefined,
      base === 'prism-silent',
    );
    result.ratio(
      `${what}: server CPU per request`,
      `c50:${changed}:cpuPerReq`,
      `c50:${base}:cpuPerReq`,
      undefined,
      true,
    );
  }
  return result.build();
}
