import { createCaacClient } from '@caac/client';
import { type MockServer, startMockServer } from '@caac/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { executeTool, toolDefinitions } from '../src/index.js';
import { strictAjv } from './support/ajv.js';
import { sampleInput } from './support/sample-input.js';

const API_KEY = 'sk-tools-test-3f9a1c77e2b84d05';

let mock: MockServer;
const logLines: string[] = [];
const transcript: string[] = [];

function client(extra: Parameters<typeof createCaacClient>[0] = {}) {
  const line = (level: string) => (message: string, details?: unknown) =>
    logLines.push(`${level} ${message} ${JSON.stringify(details ?? null)}`);
  return createCaacClient({
    apiKey: API_KEY,
    baseUrl: mock.url,
    maxRetries: 0,
    logger: { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') },
    ...extra,
  });
}

async function run(name: string, input: unknown, caac = client()) {
  const result = await executeTool(name, input, { client: caac });
  transcript.push(JSON.stringify(result));
  return result;
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKeys: [API_KEY] });
});
afterAll(async () => {
  await mock?.close();
  // No API key, not even a part of it, in any result or log line of this file.
  const everything = [...transcript, ...logLines].join('\n');
  expect(transcript.length).toBeGreaterThan(34);
  expect(everything).not.toContain(API_KEY);
  expect(everything).not.toContain(API_KEY.slice(-12));
});
beforeEach(() => mock.journal.clear());

describe('executeTool against caac-mock', () => {
  it('calls each of the 34 tools with the route of its operation; every answer matches the spec', async () => {
    const ajv = strictAjv();
    for (const tool of toolDefinitions) {
      mock.journal.clear();
      const result = await run(tool.name, sampleInput(tool));
      expect(result, tool.name).toMatchObject({ ok: true, tool: tool.name });
      if (!result.ok) continue;
      const [entry] = mock.journal.entries;
      expect(mock.journal.entries, tool.name).toHaveLength(1);
      expect(entry?.operationId).toBe(tool.operationId);
      expect(entry?.method).toBe(tool.method);
      expect(entry?.violations.request, tool.name).toEqual([]);
      expect(entry?.apiKey).toBe('valid');
      if (tool.outputSchema) {
        const validate = ajv.compile(tool.outputSchema);
        expect(validate(result.data), `${tool.name}: ${JSON.stringify(validate.errors)}`).toBe(
          true,
        );
      } else {
        expect(result.data).toBeNull();
      }
      // JSON-safe: survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('accepts the arguments as the JSON string function-calling APIs send', async () => {
    const result = await run(
      'caac_update_tag',
      JSON.stringify({ tag_id: 3, name: { value: 'VIP', valid: true } }),
    );
    expect(result.ok).toBe(true);
    expect(mock.journal.entries[0]?.url).toBe('/caac/v1/tags/3');
  });

  it('answers one page of a list and the next page through its cursor', async () => {
    const first = await run('caac_list_users', { limit: 2 });
    expect(first.ok).toBe(true);
    const next = (first as { data: { cursor: { next: string | null } } }).data.cursor.next;
    expect(typeof next).toBe('string');
    const second = await run('caac_list_users', { limit: 2, cursor: next });
    expect((second as { data: { cursor: { next: unknown } } }).data.cursor.next).toBeNull();
    expect(mock.journal.entries.map((e) => e.url)).toEqual([
      '/caac/v2/users?limit=2',
      `/caac/v2/users?limit=2&cursor=${encodeURIComponent(String(next))}`,
    ]);
  });
});

describe('bad input', () => {
  it('names every wrong field and sends nothing', async () => {
    const result = await run('caac_add_team_users', {
      team_id: 'seven',
      user_ids: [1, 'x'],
      extra: 1,
    });
    expect(result).toEqual({
      ok: false,
      tool: 'caac_add_team_users',
      error: {
        kind: 'invalid_input',
        message:
          'Invalid input for caac_add_team_users: extra is not a field here; remove it or check its spelling; team_id must be integer; user_ids[1] must be integer.',
        hint: 'Nothing was sent. Fix the listed fields to match the tool schema and call again.',
        problems: [
          { path: 'extra', message: 'is not a field here; remove it or check its spelling' },
          { path: 'team_id', message: 'must be integer' },
          { path: 'user_ids[1]', message: 'must be integer' },
        ],
      },
    });
    expect(mock.journal.entries).toHaveLength(0);
  });

  it('reports a missing required field, broken JSON and a non-object input without a request', async () => {
    const missing = await run('caac_get_member_by_id', { channel_id: 1 });
    expect(missing.ok || missing.error.problems).toEqual([
      { path: 'member_id', message: 'is required' },
    ]);
    const broken = await run('caac_list_tags', '{"oops"');
    expect(broken.ok || broken.error.problems).toEqual([
      { path: '', message: 'is not valid JSON' },
    ]);
    const array = await run('caac_list_tags', [1]);
    expect(array.ok || array.error.problems).toEqual([{ path: '', message: 'must be object' }]);
    expect(mock.journal.entries).toHaveLength(0);
  });

  it('reports an unknown tool by name', async () => {
    const result = await run('caac_drop_database', {});
    expect(result).toMatchObject({
      ok: false,
      tool: 'caac_drop_database',
      error: { kind: 'unknown_tool' },
    });
    expect(mock.journal.entries).toHaveLength(0);
  });
});

describe('API errors come back as readable tool results', () => {
  it('404: status, code, message and what to do', async () => {
    const result = await run(
      'caac_get_team_by_id_v2',
      { team_id: 999 },
      client({ headers: { Prefer: 'code=404' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'api_error', status: 404 });
    expect(result.error.message).toContain('GET /caac/v2/teams/999 failed with status 404');
    expect(result.error.hint).toMatch(/Check the id/);
    expect(Object.keys(result.error).sort()).toEqual(
      expect.arrayContaining(['hint', 'kind', 'message', 'status']),
    );
  });

  it('401 with a wrong key: tells the model not to retry, and never echoes the key', async () => {
    const wrongKey = 'sk-wrong-key-0000-1111-2222';
    const result = await run('caac_list_tags', {}, client({ apiKey: wrongKey }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'api_error', status: 401 } });
    expect(JSON.stringify(result)).not.toContain(wrongKey);
    expect(JSON.stringify(result)).not.toContain('2222');
    if (!result.ok) expect(result.error.hint).toMatch(/do not retry/);
  });

  it('429: says to wait', async () => {
    const result = await run(
      'caac_list_tags',
      {},
      client({ headers: { 'x-caac-mock-fault': '429' } }),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'api_error', status: 429 } });
    if (!result.ok) expect(result.error.hint).toMatch(/^CAAC is rate limiting\. Wait/);
  });

  it('an aborted call resolves to an aborted result instead of rejecting', async () => {
    const controller = new AbortController();
    const pending = executeTool(
      'caac_list_tags',
      {},
      { client: client({ headers: { 'x-caac-mock-delay': '5000' } }), signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    const result = await pending;
    transcript.push(JSON.stringify(result));
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
  });

  it('a timeout resolves to a timeout result', async () => {
    const result = await executeTool(
      'caac_list_tags',
      {},
      { client: client({ headers: { 'x-caac-mock-delay': '5000' } }), timeoutMs: 100 },
    );
    transcript.push(JSON.stringify(result));
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });
});
