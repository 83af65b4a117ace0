// @ts-check
// The stateful simulator of @caac/mock-server (`stateful: true`) on a read/write mix at 50
// connections, against plain `prism mock` (examples, stateless) and a bare node:http JSON server
// (the ceiling of any Node server), each in its own process; then one tenant seeded with 100,000
// members and 10,000 users: start, a 1,000-user page's latency, and memory.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { alternate } from '../lib/alternate.mjs';
import { firstMessage, startNode, treeMemory } from '../lib/children.mjs';
import { freePort, waitForFirstAnswer } from '../lib/first-answer.mjs';
import { declareLoadMetrics, load, recordLoadMetrics } from '../lib/http-load.mjs';
import { benchDir, NotReady, repoRoot, requireBuilt } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'Stateful simulator';

const API_KEY = 'bench-key';
const MiB = 2 ** 20;
const CONNECTIONS = 50;
const JSON_HEADERS = { apikey: API_KEY, 'content-type': 'application/json' };

/**
 * Four reads and one write per cycle, on the built-in seed's ids. The writes are idempotent in
 * effect (the same assignment, the same member tag), so the state stays the same size however
 * long the load runs. Every request is valid, so every server answers 2xx.
 * @type {import('autocannon').Request[]}
 */
const MIX = [
  { method: 'GET', path: '/caac/v1/tags', headers: JSON_HEADERS },
  { method: 'GET', path: '/caac/v2/users?limit=100', headers: JSON_HEADERS },
  { method: 'GET', path: '/caac/v1/channels/1024/members/557118', headers: JSON_HEADERS },
  {
    method: 'POST',
    path: '/caac/v1/assignments/individual',
    headers: JSON_HEADERS,
    body: JSON.stringify({ assignment_relationship: { member_id: 557118, user_id: 678 } }),
  },
  {
    method: 'GET',
    path: '/caac/v1/channels/1024/members/557118/assignment',
    headers: JSON_HEADERS,
  },
];

/**
 * @typedef {object} Server
 * @property {string} id
 * @property {string} label
 * @property {() => Promise<{ url: string, pid: number, stop: () => Promise<void> }>} start
 */

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const spec = path.join(repoRoot, 'packages/mock-server/generated-spec/caac.openapi.json');
  if (!existsSync(spec))
    throw new NotReady(
      'packages/mock-server/generated-spec/caac.openapi.json is not generated yet',
    );
  requireBuilt('mock-server', 'dist/index.js');
  const prismBin = createRequire(path.join(repoRoot, 'packages/mock-server/package.json')).resolve(
    '@stoplight/prism-cli/dist/index.js',
  );
  const simulatorScript = path.join(benchDir, 'src/servers/caac-simulator.mjs');
  const rounds = quick ? 1 : 5;
  const durationMs = quick ? 700 : 2000;
  const result = new ResultBuilder(title, {
    rounds,
    'ms of load per round': durationMs,
    connections: CONNECTIONS,
    mix: MIX.map((r) => `${r.method} ${r.path}`),
    'load generator': 'autocannon in the bench process; each server in its own process',
  });

  /** @param {string[]} args @param {Record<string, string>} [env] @param {number} [port] */
  const spawnAndWait = async (args, env, port) => {
    const child = startNode(args, { cwd: repoRoot, ...(env ? { env } : {}) });
    const url = `http://127.0.0.1:${port}`;
    await waitForFirstAnswer(
      `${url}/caac/v1/tags`,
      { apikey: API_KEY },
      {
        timeoutMs: 60_000,
        isAlive: () => child.process.exitCode === null,
        describe: child.output,
      },
    );
    return { url, pid: child.pid, stop: () => child.stop() };
  };

  /** @type {Server[]} */
  const servers = [
    {
      id: 'simulator',
      label: 'startMockServer({ stateful: true })',
      start: async () => {
        const port = await freePort();
        return spawnAndWait(
          [simulatorScript],
          { BENCH_PORT: String(port), BENCH_MOCK_OPTIONS: JSON.stringify({ apiKeys: [API_KEY] }) },
          port,
        );
      },
    },
    {
      id: 'prism',
      label: 'plain prism mock -v silent',
      start: async () => {
        const port = await freePort();
        return spawnAndWait(
          [prismBin, 'mock', spec, '-h', '127.0.0.1', '-p', String(port), '-v', 'silent'],
          undefined,
          port,
        );
      },
    },
    {
      id: 'bare',
      label: 'bare node:http JSON server',
      start: async () => {
        const child = startNode([path.join(benchDir, 'src/servers/json-api.mjs')]);
        const { port } = /** @type {{ port: number }} */ (await firstMessage(child, 10_000));
        return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.stop() };
      },
    },
  ];
  for (const s of servers) declareLoadMetrics(result, CONNECTIONS, s);

  await alternate(servers, rounds, async (s) => {
    const server = await s.start();
    try {
      const options = { url: `${server.url}/`, requests: MIX, connections: CONNECTIONS };
      await load({ ...options, durationMs: quick ? 500 : 1500, maxRequests: 50_000 });
      const r = await load({
        ...options,
        durationMs,
        maxRequests: 400_000,
        serverPid: server.pid,
      });
      recordLoadMetrics(result.record.bind(result), CONNECTIONS, s.id, r);
    } finally {
      await server.stop();
    }
  });
  const rps = (/** @type {string} */ id) => `c${CONNECTIONS}:${id}:rps`;
  result.ratio(
    'stateful simulator vs plain Prism: read/write mix req/s',
    rps('simulator'),
    rps('prism'),
    {
      op: '>=',
      value: 6,
    },
  );
  result.ratio(
    'stateful simulator vs bare node:http JSON server: read/write mix req/s',
    rps('simulator'),
    rps('bare'),
    { op: '>=', value: 0.4 },
  );
  result.ratio(
    'stateful simulator vs plain Prism: p99',
    `c${CONNECTIONS}:simulator:p99`,
    `c${CONNECTIONS}:prism:p99`,
  );

  // One large tenant: 100,000 members, 10,000 users.
  const members = 100_000;
  const users = 10_000;
  result.declare(
    'large:start',
    `seeded with ${members} members and ${users} users: spawn to first page of 1,000 users`,
    'ms',
  );
  result.declare(
    'large:ready',
    'startMockServer() with that seed, after the import (seed checked)',
    'ms',
  );
  result.declare(
    'large:page-p99',
    'a page of 1,000 users (mid-list cursor), p99 at 1 connection',
    'ms',
  );
  result.declare(
    'large:page-p50',
    'a page of 1,000 users (mid-list cursor), p50 at 1 connection',
    'ms',
  );
  result.declare('large:rss', 'resident memory with the tenant built', 'MiB');
  for (let round = 0; round < (quick ? 1 : 3); round++) {
    const port = await freePort();
    const started = performance.now();
    const child = startNode([simulatorScript], {
      cwd: repoRoot,
      env: {
        BENCH_PORT: String(port),
        BENCH_MOCK_OPTIONS: JSON.stringify({ apiKeys: [API_KEY] }),
        BENCH_SIM_MEMBERS: String(members),
        BENCH_SIM_USERS: String(users),
      },
    });
    /** @type {Promise<{ importMs: number, readyMs: number }>} */
    const inside = new Promise((resolve) => child.process.once('message', resolve));
    try {
      const firstPage = `http://127.0.0.1:${port}/caac/v2/users?limit=1000`;
      await waitForFirstAnswer(
        firstPage,
        { apikey: API_KEY },
        {
          timeoutMs: 60_000,
          isAlive: () => child.process.exitCode === null,
          describe: child.output,
        },
      );
      result.record('large:start', performance.now() - started);
      const { importMs, readyMs } = await inside;
      result.record('large:ready', readyMs - importMs);
      // A page from the middle of the list: the cost must not depend on where the page starts.
      const pageOf = async (/** @type {string} */ target) =>
        /** @type {{ cursor: { next: string } }} */ (
          await (await fetch(target, { headers: { apikey: API_KEY } })).json()
        );
      let cursor = (await pageOf(firstPage)).cursor.next;
      for (let i = 0; i < 4; i++) {
        cursor = (await pageOf(`${firstPage}&cursor=${encodeURIComponent(cursor)}`)).cursor.next;
      }
      const url = `${firstPage}&cursor=${encodeURIComponent(cursor)}`;
      const r = await load({
        url,
        headers: { apikey: API_KEY },
        connections: 1,
        durationMs: quick ? 700 : 3000,
        maxRequests: 20_000,
      });
      result.record('large:page-p99', r.p99Ms);
      result.record('large:page-p50', r.p50Ms);
      result.record('large:rss', treeMemory(child.pid).rss / MiB);
    } finally {
      await child.stop();
    }
  }
  // Wall-clock numbers on a shared machine grow with its load; say what the load was.
  result.note(`1-minute load average at the end of the run: ${loadavg()[0]?.toFixed(1)}`);
  result.limit('large tenant: spawn to first page (start)', 'large:start', {
    op: '<=',
    value: 2000,
  });
  result.limit('large tenant: page of 1,000 users p99', 'large:page-p99', { op: '<=', value: 20 });
  result.report('large tenant: startMockServer() with the seed', 'large:ready', true);
  result.report('large tenant: resident memory', 'large:rss', true);
  return result.build();
}
