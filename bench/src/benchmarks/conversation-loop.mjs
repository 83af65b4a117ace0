// @ts-check
// What the stateful simulator's conversation loop adds to an agent turn: `mock.memberSays()` (store
// the member message, build and validate CAAC's request, call the agent, classify, store the reply,
// emit events) against the same agent called directly with global fetch and a request of the same
// size. Both sequential, alternating per round, same agent process; the difference is the overhead.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { agentRequest } from '../fixtures/agent-request.mjs';
import { TOKEN } from '../fixtures/reply.mjs';
import { alternate } from '../lib/alternate.mjs';
import { firstMessage, startNode } from '../lib/children.mjs';
import { benchDir, requireBuilt } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'Conversation loop';

const KEY = 'bench-key';
const CHANNEL = 1024;
const MEMBER = 557118;

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const rounds = quick ? 2 : 7;
  const turns = quick ? 50 : 300;
  const { startMockServer } = await import(pathToFileURL(requireBuilt('mock-server')).href);
  const { body } = agentRequest();
  const payload = JSON.stringify(body);
  const result = new ResultBuilder(title, {
    rounds,
    'turns per variant and round': turns,
    agent: 'bare node:http agent in its own process (parses the JSON, answers a fixed reply)',
    'direct request': `${body.messages.length} messages, ${payload.length} bytes (same window as the loop's default historyLimit 20)`,
  });
  const agentChild = startNode([path.join(benchDir, 'src/servers/bare-agent.mjs')]);
  const mock = await startMockServer({ stateful: true, apiKeys: [KEY] });
  try {
    const { port } = /** @type {{ port: number }} */ (await firstMessage(agentChild, 15_000));
    const url = `http://127.0.0.1:${port}/ai-agent`;
    mock.setAgent({ apiKey: KEY }, { url, token: TOKEN });
    const variants = [
      {
        id: 'direct',
        label: 'agent called directly (fetch, same request size)',
        turn: async () => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: payload,
          });
          JSON.parse(await response.text());
        },
      },
      {
        id: 'loop',
        label: 'mock.memberSays() turn through the simulator',
        turn: async () => {
          const { result: turn } = await mock.memberSays({
            apiKey: KEY,
            channelId: CHANNEL,
            memberId: MEMBER,
            text: 'Do you have this in blue?',
          });
          if (turn.kind !== 'turn' || turn.turn.outcome.kind !== 'reply') {
            throw new Error(`the loop did not get a reply: ${JSON.stringify(turn)}`);
          }
        },
      },
    ];
    for (const v of variants) {
      result.declare(v.id, `${v.label}, ms per turn`, 'ms');
      result.declare(`${v.id}:cpu`, `${v.label}, CPU of the calling process per turn`, 'ms');
    }
    result.declare('overhead', 'simulator overhead per turn (loop − direct, same round)', 'ms');
    result.declare('overhead:cpu', 'simulator CPU per turn (loop − direct, same round)', 'ms');
    // Warm-up: JIT, connection pool, and a conversation already longer than the request window.
    for (const v of variants) for (let i = 0; i < 30; i++) await v.turn();
    /** @type {Record<string, { ms: number, cpu: number }>} */
    let perRound = {};
    await alternate(variants, rounds, async (v, round) => {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < turns; i++) await v.turn();
      const cpuUsed = process.cpuUsage(cpuBefore);
      const ms = (performance.now() - started) / turns;
      // CPU time moves far less than wall time when other processes compete for the cores.
      const cpu = (cpuUsed.user + cpuUsed.system) / 1000 / turns;
      result.record(v.id, ms);
      result.record(`${v.id}:cpu`, cpu);
      perRound[v.id] = { ms, cpu };
      const { loop, direct } = perRound;
      if (loop && direct) {
        result.record('overhead', loop.ms - direct.ms);
        result.record('overhead:cpu', loop.cpu - direct.cpu);
        perRound = {};
      }
      // Keeps the conversation (and the tenant's memory) from growing round after round.
      if (v.id === 'loop' && round < rounds - 1) mock.reset(KEY);
    });
    result.limit('simulator overhead per agent turn', 'overhead', { op: '<=', value: 5 });
    result.report(
      'simulator CPU per agent turn (the steadier view of the same overhead)',
      'overhead:cpu',
      true,
    );
    result.ratio('loop turn ÷ direct call', 'loop', 'direct', undefined, true);
  } finally {
    await mock.close();
    await agentChild.stop();
  }
  return result.build();
}
