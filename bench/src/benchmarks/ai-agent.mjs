// @ts-check
// AI agent handler throughput: @caac/ai-agent's node:http adapter against a bare node:http server
// that only parses the JSON, both in their own processes, loaded by autocannon with the same
// 20-message request at 10 and 50 connections. Plus the in-process cost of validateRequest.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { agentRequest, MESSAGE_COUNT } from '../fixtures/agent-request.mjs';
import { TOKEN } from '../fixtures/reply.mjs';
import { alternate } from '../lib/alternate.mjs';
import { timePerOp } from '../lib/call-loop.mjs';
import { firstMessage, startNode } from '../lib/children.mjs';
import { declareLoadMetrics, load, recordLoadMetrics } from '../lib/http-load.mjs';
import { benchDir, repoRoot } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'AI agent handler';

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const rounds = quick ? 2 : 5;
  const durationMs = quick ? 700 : 2000;
  const connectionCounts = [10, 50];
  const { body, source } = agentRequest();
  const payload = JSON.stringify(body);
  const result = new ResultBuilder(title, {
    rounds,
    'ms per server and connection count per round': durationMs,
    connections: connectionCounts,
    request: `${MESSAGE_COUNT} messages, ${payload.length} bytes (${source})`,
    'load generator': 'autocannon in the bench process; each server in its own process',
  });

  const oursBuilt = existsSync(path.join(repoRoot, 'packages/ai-agent/dist/node.js'));
  const typesBuilt = existsSync(path.join(repoRoot, 'packages/ai-agent-types/dist/index.js'));
  const servers = [{ id: 'bare', label: 'bare node:http', script: 'bare-agent.mjs' }];
  if (oursBuilt)
    servers.push({ id: 'ours', label: '@caac/ai-agent (node adapter)', script: 'caac-agent.mjs' });
  else result.note('@caac/ai-agent is not built yet: its rows are missing from this run.');

  if (typesBuilt) await measureValidation(result, body, payload, rounds, quick);
  else
    result.note('@caac/ai-agent-types is not built yet: validation cost is missing from this run.');

  const children = servers.map((s) => ({
    ...s,
    child: startNode([path.join(benchDir, 'src/servers', s.script)]),
  }));
  try {
    /** @type {Map<string, string>} */
    const urls = new Map();
    for (const s of children) {
      const { port } = /** @type {{ port: number }} */ (await firstMessage(s.child, 15_000));
      urls.set(s.id, `http://127.0.0.1:${port}/`);
    }
    /** @param {string} url @param {number} connections @param {number} ms @param {number} [serverPid] */
    const hit = (url, connections, ms, serverPid) =>
      load({
        url,
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: payload,
        connections,
        durationMs: ms,
        maxRequests: 500_000,
        serverPid,
      });
    // Warm-up (JIT, lazy initialisation) before any measured round.
    for (const s of children)
      await hit(/** @type {string} */ (urls.get(s.id)), 10, quick ? 500 : 2000);

    for (const s of children) {
      for (const c of connectionCounts) {
        declareLoadMetrics(result, c, s);
        result.declare(
          `c${c}:${s.id}:gen`,
          `${c} connections: ${s.label}, load generator CPU`,
          'cores',
        );
      }
    }
    await alternate(children, rounds, async (s) => {
      for (const c of connectionCounts) {
        const r = await hit(/** @type {string} */ (urls.get(s.id)), c, durationMs, s.child.pid);
        recordLoadMetrics((id, value) => result.record(id, value), c, s.id, r);
        result.record(`c${c}:${s.id}:gen`, r.generatorCpu);
      }
    });
    if (oursBuilt) {
      for (const c of connectionCounts) {
        result.ratio(
          `${c} connections req/s: handler vs bare node:http`,
          `c${c}:ours:rps`,
          `c${c}:bare:rps`,
          {
            op: '>=',
            value: 0.7,
          },
        );
        result.ratio(
          `${c} connections p99: handler vs bare node:http`,
          `c${c}:ours:p99`,
          `c${c}:bare:p99`,
        );
        result.ratio(
          `${c} connections server CPU per request: handler vs bare node:http`,
          `c${c}:ours:cpuPerReq`,
          `c${c}:bare:cpuPerReq`,
          undefined,
          true,
        );
      }
    }
    return result.build();
  } finally {
    await Promise.all(children.map((s) => s.child.stop()));
  }
}

/**
 * validateRequest on the parsed 20-message body, against JSON.parse of the same body (the work the
 * bare server does) for scale.
 * @param {ResultBuilder} result
 * @param {unknown} body
 * @param {string} payload
 * @param {number} rounds
 * @param {boolean} quick
 */
async function measureValidation(result, body, payload, rounds, quick) {
  const { validateRequest } = await import('@caac/ai-agent-types');
  const verdict = validateRequest(body);
  if (!verdict.ok) {
    throw new Error(
      `the benchmark's request is not valid: ${JSON.stringify(verdict.problems).slice(0, 500)}`,
    );
  }
  const options = { durationMs: quick ? 150 : 400, maxIterations: 5_000_000 };
  const validate = result.declare(
    'validate',
    `validateRequest, ${MESSAGE_COUNT}-message body`,
    'µs',
  );
  const parse = result.declare(
    'parse',
    `JSON.parse of the same body (${payload.length} bytes)`,
    'µs',
  );
  for (let round = 0; round < rounds; round++) {
    result.record(
      validate,
      timePerOp(() => validateRequest(body), options),
    );
    result.record(
      parse,
      timePerOp(() => JSON.parse(payload), options),
    );
  }
  result.report(`validateRequest per request, ${MESSAGE_COUNT}-message body`, validate, true);
  result.ratio('validateRequest vs JSON.parse of the body', validate, parse);
}
