// Every CAAC tool through the caac-mcp bin with the official MCP client, over stdio and over
// streamable HTTP, against a real caac-mock. The whole transcript (every MCP message both ways
// and the server's stderr) is searched for the API key at the end.
import { type MockServer, startMockServer } from '@caac/mock-server';
import { selectTools, toolDefinitions } from '@caac/tools';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strictAjv } from './support/ajv.js';
import { BIN, type HttpProcess, startHttpProcess } from './support/caac-mcp-process.js';
import { sampleInput } from './support/sample-input.js';

const API_KEY = 'caac-mcp-secret-5be1d0a9c4';
const transcript: string[] = [];
let mock: MockServer;

/** Records every message the client sends and receives. */
function recorded<T extends Transport>(transport: T): T {
  const send = transport.send.bind(transport);
  transport.send = (message, options) => {
    transcript.push(`> ${JSON.stringify(message)}`);
    return send(message, options);
  };
  return transport;
}

async function connect(transport: Transport): Promise<Client> {
  const client = new Client({ name: 'caac-mcp-test', version: '1.0.0' });
  await client.connect(recorded(transport));
  const receive = transport.onmessage;
  transport.onmessage = (message, extra) => {
    transcript.push(`< ${JSON.stringify(message)}`);
    receive?.(message, extra);
  };
  return client;
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKeys: [API_KEY] });
});
afterAll(async () => {
  await mock?.close();
  const all = transcript.join('\n');
  expect(transcript.length).toBeGreaterThan(60);
  expect(all).not.toContain(API_KEY);
  expect(all).not.toContain(API_KEY.slice(-10));
});

async function callEveryTool(client: Client) {
  const ajv = strictAjv();
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name)).toEqual(toolDefinitions.map((t) => t.name));
  for (const definition of toolDefinitions) {
    mock.journal.clear();
    const result = await client.callTool({
      name: definition.name,
      arguments: sampleInput(definition),
    });
    expect(result.isError, `${definition.name}: ${JSON.stringify(result.content)}`).toBeFalsy();
    expect(mock.journal.entries.map((e) => e.operationId)).toEqual([definition.operationId]);
    const [content] = result.content as Array<{ type: string; text: string }>;
    expect(content?.type).toBe('text');
    const data = JSON.parse(String(content?.text)) as unknown;
    if (definition.outputSchema) {
      // MCP's structuredContent is an object; an array answer (add team users) is text only.
      expect(result.structuredContent).toEqual(
        definition.outputSchema.type === 'object' ? data : undefined,
      );
      const validate = ajv.compile(definition.outputSchema);
      expect(validate(data), `${definition.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    } else {
      expect(data).toBeNull();
    }
  }
}

describe('caac-mcp over stdio', () => {
  let client: Client;
  let stderr: string[];

  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN, '--base-url', mock.url],
      env: { PATH: process.env.PATH ?? '', CAAC_API_KEY: API_KEY },
      stderr: 'pipe',
    });
    stderr = [];
    transport.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    client = await connect(transport);
  });
  afterAll(async () => {
    await client?.close();
    transcript.push(...stderr);
  });

  it('lists 34 tools with annotations and calls every one; answers match the spec', async () => {
    const { tools } = await client.listTools();
    const remove = tools.find((t) => t.name === 'caac_delete_tag');
    expect(remove?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(tools.find((t) => t.name === 'caac_list_tags')?.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(remove?.outputSchema).toBeUndefined();
    expect(tools.find((t) => t.name === 'caac_list_tags')?.outputSchema).toMatchObject({
      type: 'object',
    });
    await callEveryTool(client);
    expect(stderr.join('')).toMatch(/caac-mcp: tool caac_get_user_by_id_v2 ok \d+ms/);
  });

  it('bad input: an error result naming the field, and no request to CAAC', async () => {
    mock.journal.clear();
    const result = await client.callTool({
      name: 'caac_add_team_users',
      arguments: { team_id: 'x', user_ids: [1] },
    });
    expect(result.isError).toBe(true);
    const error = JSON.parse((result.content as Array<{ text: string }>)[0]?.text ?? '') as {
      kind: string;
      problems: unknown;
    };
    expect(error.kind).toBe('invalid_input');
    expect(error.problems).toEqual([{ path: 'team_id', message: 'must be integer' }]);
    expect(mock.journal.entries).toHaveLength(0);
  });
});

describe('caac-mcp over streamable HTTP', () => {
  let server: HttpProcess;
  let client: Client;

  beforeAll(async () => {
    // No key in the environment: each request brings its own.
    server = await startHttpProcess(['--base-url', mock.url], {});
    client = await connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { apikey: API_KEY } },
      }),
    );
  });
  afterAll(async () => {
    await client?.close();
    await server?.stop();
    transcript.push(...server.stderr);
  });

  it('calls every tool with the per-request API key; answers match the spec', async () => {
    await callEveryTool(client);
  });

  it('answers 401 without a key, naming where to put it', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { message: expect.stringMatching(/apikey/) },
    });
  });

  it('refuses a request for another host name (DNS rebinding) with 403', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(server.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { host: 'evil.example:80', apikey: API_KEY, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('a wrong per-request key comes back as a 401 tool error that does not echo it', async () => {
    const wrong = await connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { authorization: 'Bearer wrong-key-9f8e7d6c' } },
      }),
    );
    try {
      const result = await wrong.callTool({ name: 'caac_list_tags', arguments: {} });
      expect(result.isError).toBe(true);
      const text = (result.content as Array<{ text: string }>)[0]?.text ?? '';
      expect(JSON.parse(text)).toMatchObject({ kind: 'api_error', status: 401 });
      expect(text).not.toContain('wrong-key-9f8e7d6c');
    } finally {
      await wrong.close();
    }
  });
});

describe('caac-mcp filters', () => {
  it('--read-only --tags and --tools narrow the list, and a hidden tool cannot be called', async () => {
    const server = await startHttpProcess(
      ['--base-url', mock.url, '--read-only', '--tags', 'Tags Management,Teams Management'],
      { CAAC_API_KEY: API_KEY },
    );
    try {
      const client = await connect(new StreamableHTTPClientTransport(new URL(server.url)));
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(
        selectTools({ readOnly: true, tags: ['Tags Management', 'Teams Management'] }).map(
          (t) => t.name,
        ),
      );
      expect(tools.every((t) => t.annotations?.readOnlyHint)).toBe(true);
      mock.journal.clear();
      const refused = await client.callTool({ name: 'caac_delete_tag', arguments: { tag_id: 3 } });
      expect(refused.isError).toBe(true);
      expect(mock.journal.entries).toHaveLength(0);
      await client.close();
    } finally {
      await server.stop();
      transcript.push(...server.stderr);
    }
    const named = await startHttpProcess(
      ['--base-url', mock.url, '--tools', 'caac_list_tags', '--tools', 'caac_create_tag'],
      { CAAC_API_KEY: API_KEY },
    );
    try {
      const client = await connect(new StreamableHTTPClientTransport(new URL(named.url)));
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual([
        'caac_list_tags',
        'caac_create_tag',
      ]);
      await client.close();
    } finally {
      await named.stop();
      transcript.push(...named.stderr);
    }
  });
});
