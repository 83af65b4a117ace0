// (4) The client and the AI agent handler run inside a Web-standard edge runtime: bundled from
// the installed tarballs without Node built-ins, then exercised with the runtime's own fetch,
// Request and Response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { bundleForEdge } from '../src/edge-bundle.js';
import { createEdgeVm, evaluateAsync } from '../src/edge-vm.js';
import { startLoopbackServer } from '../src/loopback-server.js';

const context = consumerContext();

it('runs nothing of Node in the VM it tests with', async () => {
  const vm = createEdgeVm('');
  const globals = await evaluateAsync<Record<string, string>>(
    vm,
    `return { process: typeof process, require: typeof require, Buffer: typeof Buffer, fetch: typeof fetch };`,
  );
  expect(globals).toEqual({
    process: 'undefined',
    require: 'undefined',
    Buffer: 'undefined',
    fetch: 'function',
  });
});

describe('@caac/client', () => {
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  let bundle: string;

  beforeAll(async () => {
    server = await startLoopbackServer({ data: [{ id: 1, name: 'VIP' }] });
    bundle = await bundleForEdge(context.appDir, '@caac/client', '__caacClient');
  });
  afterAll(() => server.close());

  it('calls a loopback API through the edge runtime fetch', async () => {
    const vm = createEdgeVm(bundle);
    const result = await evaluateAsync<{ status: number; data: unknown }>(
      vm,
      `const client = __caacClient.createCaacClient({
         apiKey: 'edge-test-key',
         baseUrl: ${JSON.stringify(server.url)},
         maxRetries: 0,
       });
       const { data, response } = await client.GET('/caac/v1/tags');
       return { status: response.status, data };`,
    );
    expect(result).toEqual({ status: 200, data: { data: [{ id: 1, name: 'VIP' }] } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/caac/v1/tags' });
    expect(server.requests[0]?.headers.apikey).toBe('edge-test-key');
  });
});

describe('@caac/ai-agent', () => {
  let vm: ReturnType<typeof createEdgeVm>;

  beforeAll(async () => {
    const bundle = await bundleForEdge(context.appDir, '@caac/ai-agent', '__caacAgent');
    vm = createEdgeVm(bundle);
    vm.evaluate(`globalThis.handler = __caacAgent.createAiAgentHandler({
      token: 'edge-test-token',
      reply: () => 'hello from the edge',
    });`);
  });

  const post = (body: unknown, token = 'edge-test-token') =>
    evaluateAsync<{ status: number; body: string }>(
      vm,
      `const response = await handler(new Request('http://127.0.0.1/ai-agent', {
         method: 'POST',
         headers: { authorization: 'Bearer ${token}', 'content-type': 'application/json' },
         body: ${JSON.stringify(JSON.stringify(body))},
       }));
       return { status: response.status, body: await response.text() };`,
    );

  it('answers a health check with 200', async () => {
    const response = await post({ version: '1.0', conversation_id: 0, org_uuid: '', messages: [] });
    expect(response.status).toBe(200);
  });

  it('rejects a wrong token with 401', async () => {
    const response = await post(
      { version: '1.0', conversation_id: 0, org_uuid: '', messages: [] },
      'wrong',
    );
    expect(response.status).toBe(401);
  });
});
