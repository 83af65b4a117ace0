import { validateRequest } from '@caac/ai-agent-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyDigest } from '../../src/simulator/index.js';
import { type ExampleAgent, startExampleAgent } from './example-agents.js';
import { startLoopServer } from './loop-server.js';

const TOKEN = 'routes-token-8e1f';
const KEY = 'routes-key';
const TENANT = keyDigest(KEY);

let agent: ExampleAgent;
let mock: Awaited<ReturnType<typeof startLoopServer>>;
beforeAll(async () => {
  agent = await startExampleAgent('node-http', TOKEN);
  mock = await startLoopServer({}, [KEY]);
});
afterAll(async () => {
  await mock.close();
  await agent.close();
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${mock.url}/__caac-mock/loop${path}`, {
    method,
    ...(body === undefined
      ? {}
      : {
          headers: { 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, text };
}

describe('the loop control routes', () => {
  it('lists the declared key as a tenant by digest, never by key', async () => {
    const { status, body, text } = await call('GET', '/tenants');
    expect(status).toBe(200);
    expect(body.tenants).toEqual([
      {
        tenant: TENANT,
        name: '晨光選物',
        uuid: '5f0c7a3e-2b1d-4c8e-9a6f-3d2e1b0c9a87',
        agent: null,
      },
    ]);
    expect(text).not.toContain(KEY);
  });

  it('configures the agent without ever echoing its token, and rejects a bad configuration with the field', async () => {
    const bad = await call('PUT', '/agent', {
      tenant: TENANT,
      url: agent.url,
      token: TOKEN,
      deadlineMs: 0,
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { message: 'agent.deadlineMs must be an integer from 1 to 45000, got 0' } },
    });
    const ok = await call('PUT', '/agent', {
      tenant: TENANT,
      url: agent.url,
      token: TOKEN,
      deadlineMs: 10_000,
      handoverTo: { teamId: 12 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.agent).toMatchObject({
      url: agent.url,
      hasToken: true,
      handoverTo: { teamId: 12 },
    });
    expect(ok.text + (await call('GET', '/tenants')).text).not.toContain(TOKEN);
  });

  it('plays a member and answers with the stored message and the turn', async () => {
    const { status, body } = await call('POST', '/messages', {
      tenant: TENANT,
      channelId: 1024,
      memberId: 557119,
      text: 'hello',
    });
    expect(status).toBe(200);
    expect(body.message).toMatchObject({ senderType: 'member', senderId: 557119, text: 'hello' });
    expect(body.result.kind).toBe('turn');
    expect(body.result.turn.outcome).toEqual({
      kind: 'reply',
      text: 'Thanks for your message! You wrote: "hello"',
    });
    expect(validateRequest(body.result.turn.exchange.request).ok).toBe(true);
    const conversation = await call(
      'GET',
      `/messages?tenant=${encodeURIComponent(TENANT)}&memberId=557119`,
    );
    expect(conversation.body.messages.map((m: { sender_type: string }) => m.sender_type)).toEqual([
      'member',
      'bot',
    ]);
  });

  it('with wait:false answers 202 at once; the turn shows up in the events', async () => {
    const { status, body } = await call('POST', '/messages', {
      apiKey: KEY,
      channelId: 1024,
      memberId: 557119,
      text: 'a person please',
      wait: false,
    });
    expect(status).toBe(202);
    expect(body.message.text).toBe('a person please');
    await expect
      .poll(
        async () =>
          (await call('GET', '/events')).body.events.filter(
            (e: { type: string }) => e.type === 'turn',
          ).length,
      )
      .toBe(2);
    const { body: events } = await call('GET', '/events');
    const last = events.events.at(-1);
    expect(last).toMatchObject({ type: 'turn', tenant: TENANT, memberId: 557119 });
    expect(last.turn.handover).toEqual({
      assignType: 'manual',
      processingState: 'processing',
      userId: null,
      teamId: 12,
    });
    expect((await call('GET', `/events?after=${last.seq}`)).body.events).toEqual([]);
  });

  it('streams events as Server-Sent Events from Last-Event-ID', async () => {
    const response = await fetch(`${mock.url}/__caac-mock/loop/events`, {
      headers: { accept: 'text/event-stream', 'last-event-id': '1' },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('id: 2\n')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toMatch(/^: connected\n\nid: 2\nevent: turn-started\ndata: \{/);
  });

  it.each([
    ['POST', '/messages', '{', 400, /^the body is not JSON/],
    ['POST', '/messages', [1], 400, 'the body must be a JSON object'],
    [
      'POST',
      '/messages',
      { channelId: 1024, memberId: 1, text: 'x' },
      400,
      'name the tenant: tenant (its sha256: digest) or apiKey',
    ],
    [
      'POST',
      '/messages',
      { tenant: 'sha256:nope', channelId: 1024, memberId: 1, text: 'x' },
      404,
      /^no tenant sha256:nope/,
    ],
    [
      'POST',
      '/messages',
      { tenant: TENANT, channelId: '1024x', memberId: 1, text: 'x' },
      400,
      'channelId must be an integer, got "1024x"',
    ],
    [
      'POST',
      '/messages',
      { tenant: TENANT, channelId: 1024, memberId: 4, text: 'x' },
      404,
      'member 4 does not exist',
    ],
    [
      'POST',
      '/messages',
      { tenant: TENANT, channelId: 1024, memberId: 557119, text: '' },
      400,
      'text must be a non-empty string',
    ],
    [
      'POST',
      '/tenants',
      { apiKey: 'not-declared' },
      404,
      'the API key names no tenant of this mock (it is not one of the declared keys)',
    ],
    [
      'GET',
      '/nope',
      undefined,
      404,
      'no loop route GET /__caac-mock/loop/nope; see the README, "Conversation loop"',
    ],
  ] as const)('%s %s %j answers %i', async (method, path, body, status, message) => {
    const answer = await call(method, path, body);
    expect(answer.status).toBe(status);
    if (typeof message === 'string') expect(answer.body.error.message).toBe(message);
    else expect(answer.body.error.message).toMatch(message);
  });

  it('serves the playground page and its files, and nothing else under its path', async () => {
    const redirect = await fetch(`${mock.url}/__caac-mock/playground`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    const page = await fetch(`${mock.url}/__caac-mock/playground/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<script type="module" src="./app.js"></script>');
    expect((await fetch(`${mock.url}/__caac-mock/playground/app.js`)).status).toBe(200);
    expect((await fetch(`${mock.url}/__caac-mock/playground/../package.json`)).status).toBe(404);
  });
});
