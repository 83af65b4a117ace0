// (4) The client and the AI agent handler run inside a Web-standard edge runtime: bundled from
// the installed tarballs without Node built-ins, then exercised with the runtime's own fetch,
// Request and Response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentRequestExamples } from '../src/agent-examples.js';
import { consumerContext } from '../src/context.js';
import { bundleForEdge } from '../src/edge-bundle.js';
import { createEdgeVm, evaluateAsync } from '../src/edge-vm.js';
import { startLoopbackServer } from '../src/loopback-server.js';

const context = consumerContext();

it('tests in a VM that has nothing of Node', async () => {
  const globals = await evaluateAsync<Record<string, string>>(
    createEdgeVm(''),
    `return { process: typeof process, require: typeof require, Buffer: typeof Buffer,
              fetch: typeof fetch, eval: (() => { try { eval('1'); return 'allowed'; } catch { return 'blocked'; } })() };`,
  );
  expect(globals).toEqual({
    process: 'undefined',
    require: 'undefined',
    Buffer: 'undefined',
    fetch: 'function',
    eval: 'blocked',
  });
});

describe('@caac/client', () => {
  const TAGS = { tags: [{ id: 3, name: 'VIP' }] };
  const NOT_FOUND = { code: 'not_found', message: 'no such tag' };
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  let vm: ReturnType<typeof createEdgeVm>;

  beforeAll(async () => {
    server = await startLoopbackServer((request) =>
      request.url.startsWith('/missing/')
        ? { status: 404, body: NOT_FOUND }
        : { status: 200, body: TAGS },
    );
    vm = createEdgeVm(await bundleForEdge(context.appDir, '@caac/client', '__caacClient'));
    vm.evaluate(`globalThis.options = (baseUrl) => ({
      apiKey: 'edge-test-key', baseUrl, maxRetries: 0, timeoutMs: 5000,
    });`);
  });
  afterAll(() => server.close());

  it('calls a loopback API with a resource method through the edge fetch', async () => {
    const tags = await evaluateAsync(
      vm,
      `const client = __caacClient.createCaacClient(options(${JSON.stringify(server.url)}));
       return await client.tags.list();`,
    );
    expect(tags).toEqual(TAGS);
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/caac/v1/tags' });
    expect(server.requests.at(-1)?.headers.apikey).toBe('edge-test-key');
  });

  it('calls a loopback API with the typed path client', async () => {
    const result = await evaluateAsync(
      vm,
      `const client = __caacClient.createCaacClient(options(${JSON.stringify(server.url)}));
       const { data, response } = await client.GET('/caac/v1/tags');
       return { status: response.status, data };`,
    );
    expect(result).toEqual({ status: 200, data: TAGS });
  });

  it('throws its typed error for a 404 answer', async () => {
    const caught = await evaluateAsync(
      vm,
      `const client = __caacClient.createCaacClient(options(${JSON.stringify(`${server.url}/missing`)}));
       try { await client.tags.list(); return 'no error'; }
       catch (error) {
         return { name: error.name, status: error.status,
                  notFound: error instanceof __caacClient.CaacNotFoundError,
                  base: error instanceof __caacClient.CaacError };
       }`,
    );
    expect(caught).toEqual({ name: 'CaacNotFoundError', status: 404, notFound: true, base: true });
  });
});

describe('@caac/ai-agent', () => {
  let vm: ReturnType<typeof createEdgeVm>;
  const examples = () => agentRequestExamples(context.appDir);

  beforeAll(async () => {
    vm = createEdgeVm(await bundleForEdge(context.appDir, '@caac/ai-agent', '__caacAgent'));
    vm.evaluate(`globalThis.replies = 0;
      globalThis.handler = __caacAgent.createAiAgentHandler({
        token: 'edge-test-token',
        reply: () => { replies += 1; return 'hello from the edge'; },
      });`);
  });

  const post = (body: unknown, token = 'edge-test-token') =>
    evaluateAsync<{ status: number; body: string; replies: number }>(
      vm,
      `replies = 0;
       const response = await handler(new Request('http://127.0.0.1/ai-agent', {
         method: 'POST',
         headers: { authorization: ${JSON.stringify(`Bearer ${token}`)}, 'content-type': 'application/json' },
         body: ${JSON.stringify(JSON.stringify(body))},
       }));
       return { status: response.status, body: await response.text(), replies };`,
    );

  it('answers a health check with 200 without calling reply', async () => {
    const response = await post(examples().healthCheck);
    expect(response).toMatchObject({ status: 200, replies: 0 });
  });

  it('answers a conversation with the reply text', async () => {
    const response = await post(examples().conversation);
    expect(response).toMatchObject({ status: 200, replies: 1 });
    expect(JSON.parse(response.body)).toEqual({ reply_text: 'hello from the edge' });
  });

  it('rejects a wrong token with 401 before reading the conversation', async () => {
    const response = await post(examples().conversation, 'wrong-token');
    expect(response).toMatchObject({ status: 401, replies: 0 });
  });
});
