// @ts-check
// @caac/tools and @caac/mcp: what executeTool adds to the client call it makes, how fast the
// caac-mcp bin answers tools/list (stdio and streamable HTTP, the official MCP client), and how
// big the tool list a model receives is (bytes and ~tokens, chars / 4).
import path from 'node:path';
import { alternate } from '../lib/alternate.mjs';
import { callLoop, timePerOp } from '../lib/call-loop.mjs';
import { firstMessage, startNode } from '../lib/children.mjs';
import { benchDir, repoRoot, requireBuilt } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'LLM tools and MCP';

const API_KEY = 'bench-key';

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  requireBuilt('tools');
  requireBuilt('mcp', 'dist/cli.js');
  const rounds = quick ? 3 : 11;
  const durationMs = quick ? 150 : 250;
  const result = new ResultBuilder(title, {
    rounds,
    'ms per variant per round': durationMs,
    server:
      'node:http on 127.0.0.1 in a child process, ~700-byte JSON body (as the client benchmark)',
    'tools/list calls per round and transport': quick ? 10 : 30,
  });
  const { createCaacClient } = await import('@caac/client');
  const tools = await import('@caac/tools');
  const { toOpenAIChatTools } = await import('@caac/tools/openai');
  const { toAnthropicTools } = await import('@caac/tools/anthropic');

  // 1. executeTool against the client method it calls, same server, same rounds.
  const server = startNode([path.join(benchDir, 'src/servers/json-api.mjs')]);
  try {
    const { port } = /** @type {{ port: number }} */ (await firstMessage(server, 10_000));
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:${port}` });
    const variants = [
      { id: 'client', label: '`client.tags.list()`', call: () => client.tags.list() },
      {
        id: 'tool',
        label: "`executeTool('caac_list_tags', {}, { client })`",
        call: async () => {
          const r = await tools.executeTool('caac_list_tags', {}, { client });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          return r;
        },
      },
      {
        id: 'tool-json',
        label: 'executeTool with JSON-string arguments, as function calling sends them',
        call: () => tools.executeTool('caac_list_tags', '{}', { client }),
      },
    ];
    for (const v of variants) {
      result.declare(`${v.id}:rps`, `${v.label}, requests/s (sequential)`, 'req/s');
      result.declare(`${v.id}:cpu`, `${v.label}, CPU per call`, 'µs');
      await callLoop(v.call, { concurrency: 1, durationMs: quick ? 100 : 300, maxCalls: 20_000 });
    }
    await alternate(variants, rounds, async (v) => {
      const r = await callLoop(v.call, { concurrency: 1, durationMs, maxCalls: 50_000 });
      result.record(`${v.id}:rps`, r.rps);
      result.record(`${v.id}:cpu`, r.cpuUs);
    });
    result.ratio('executeTool vs the client call, requests/s', 'tool:rps', 'client:rps', {
      op: '>=',
      value: 0.9,
    });
    result.ratio(
      'executeTool vs the client call, CPU per call',
      'tool:cpu',
      'client:cpu',
      undefined,
      true,
    );
    result.ratio(
      'executeTool (JSON string) vs the client call, requests/s',
      'tool-json:rps',
      'client:rps',
    );
  } finally {
    await server.stop();
  }

  // Input validation on its own: the spec's largest request example (a message with history).
  const example = tools.toolRequestExamples.caac_create_message_from_user[0];
  const input = { .../** @type {object} */ (example), channel_id: 1, member_id: 2 };
  if (tools.validateToolInput('caac_create_message_from_user', input).length > 0)
    throw new Error('the example input does not validate');
  result.declare('validate', '`validateToolInput` of the create-message example, per call', 'µs');
  for (let round = 0; round < rounds; round++) {
    result.record(
      'validate',
      timePerOp(() => tools.validateToolInput('caac_create_message_from_user', input), {
        durationMs: 100,
        maxIterations: 1_000_000,
      }),
    );
  }
  result.report('input validation per call', 'validate', true);

  // 2. tools/list through the caac-mcp bin, with the official client.
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
  const { StreamableHTTPClientTransport } = await import(
    '@modelcontextprotocol/sdk/client/streamableHttp.js'
  );
  const { ListToolsResultSchema } = await import('@modelcontextprotocol/sdk/types.js');
  const bin = path.join(repoRoot, 'packages/mcp/bin/caac-mcp.js');
  const calls = quick ? 10 : 30;
  const stdio = new Client({ name: 'bench', version: '1.0.0' });
  await stdio.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [bin, '--base-url', 'http://127.0.0.1:9'],
      env: { PATH: process.env.PATH ?? '', CAAC_API_KEY: API_KEY },
      stderr: 'ignore',
    }),
  );
  // tools/list never calls CAAC, so the base URL may point at a closed port.
  const httpChild = startNode(
    [bin, '--transport', 'http', '--port', '0', '--base-url', 'http://127.0.0.1:9'],
    { env: { CAAC_API_KEY: '' } },
  );
  try {
    const url = await printedUrl(httpChild, 30_000);
    const http = new Client({ name: 'bench', version: '1.0.0' });
    await http.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { apikey: API_KEY } },
      }),
    );
    const transports = [
      { id: 'stdio', label: 'stdio', client: stdio },
      { id: 'http', label: 'streamable HTTP (stateless: a server per request)', client: http },
    ];
    let listed = 0;
    for (const t of transports) {
      result.declare(`list:${t.id}`, `tools/list over ${t.label}, median of ${calls} calls`, 'ms');
      result.declare(
        `sdk:${t.id}`,
        `the SDK client's listTools() over ${t.label} (tools/list + compiling every output schema), median of ${calls} calls`,
        'ms',
      );
      // Baseline: MCP's ping, the same round trip with nothing to compute or serialise.
      result.declare(`ping:${t.id}`, `ping over ${t.label}, median of ${calls} calls`, 'ms');
      for (let i = 0; i < 10; i++) listed = (await t.client.listTools()).tools.length;
    }
    if (listed !== 34) throw new Error(`tools/list returned ${listed} tools`);
    // `list`: the tools/list round trip, answer parsed and checked by the SDK's result schema.
    // `sdk`: Client.listTools(), which also compiles an ajv validator for every output schema on
    // each call, a client-side cost that no server can shorten.
    const requests = transports.flatMap((t) => [
      {
        kind: 'list',
        t,
        send: () => t.client.request({ method: 'tools/list' }, ListToolsResultSchema),
      },
      { kind: 'sdk', t, send: () => t.client.listTools() },
      { kind: 'ping', t, send: () => t.client.ping() },
    ]);
    await alternate(requests, rounds, async ({ kind, t, send }) => {
      const times = [];
      for (let i = 0; i < calls; i++) {
        const t0 = performance.now();
        await send();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      result.record(`${kind}:${t.id}`, /** @type {number} */ (times[Math.floor(times.length / 2)]));
    });
    for (const t of transports) {
      result.limit(`tools/list over ${t.label}`, `list:${t.id}`, { op: '<=', value: 50 });
      result.ratio(
        `tools/list vs ping over ${t.label}`,
        `list:${t.id}`,
        `ping:${t.id}`,
        undefined,
        true,
      );
    }

    // 3. What a model receives for all 34 tools, in each format.
    const formats = [
      { id: 'mcp', label: 'MCP tools/list result', value: await stdio.listTools() },
      { id: 'openai', label: 'OpenAI `tools` (chat completions)', value: toOpenAIChatTools() },
      { id: 'anthropic', label: 'Anthropic `tools`', value: toAnthropicTools() },
    ];
    for (const f of formats) {
      const json = JSON.stringify(f.value);
      result.declare(`size:${f.id}`, `${f.label}, JSON size of all 34 tools`, 'B');
      result.record(`size:${f.id}`, Buffer.byteLength(json));
      result.note(
        `${f.label}: ${json.length} characters, ≈ ${Math.round(json.length / 4)} tokens (characters / 4)`,
      );
    }
    // Budget: all 34 tools in ≤ 12 000 tokens (≈ 48 000 characters) in the OpenAI format, a small
    // share of any current model's context; filters (--read-only, --tags) cut it further.
    result.limit('OpenAI tools JSON for all 34 tools (bytes; ≈ tokens × 4)', 'size:openai', {
      op: '<=',
      value: 48_000,
    });
    result.report('MCP tools/list JSON for all 34 tools', 'size:mcp', true);
    await http.close();
  } finally {
    await stdio.close();
    await httpChild.stop();
  }
  return result.build();
}

/**
 * The endpoint URL caac-mcp prints once it listens.
 * @param {import('../lib/children.mjs').Child} child @param {number} timeoutMs
 */
async function printedUrl(child, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const match = /at (http:\/\/\S+)/.exec(child.output());
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`caac-mcp printed no URL in ${timeoutMs} ms: ${child.output().slice(-500)}`);
}
