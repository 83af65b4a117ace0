import { inspect } from 'node:util';
import { validateRequest } from '@caac/ai-agent-types';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentSettings } from '../../src/loop/agent-config.js';
import { buildAgentRequest } from '../../src/loop/agent-request.js';
import { callAgent, MAX_ANSWER_BYTES } from '../../src/loop/call-agent.js';
import type { ConversationView } from '../../src/loop/conversation.js';
import { startExampleAgent } from './example-agents.js';
import { deadAgentUrl, startScriptedAgent } from './scripted-agent.js';

const TOKEN = 'loop-token-5b2e91';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function conversation(text: string): ConversationView {
  return {
    conversationId: 42,
    orgUuid: '123e4567-e89b-12d3-a456-426614174000',
    messages: [
      {
        uuid: '6f1c3a52-9d4e-4c1b-8f1e-0a2b3c4d5e6f',
        senderType: 'bot',
        senderId: 0,
        messageType: 'text',
        text: 'Hello, how can I help?',
        timestamp: '2026-11-30T01:00:00.000Z',
      },
      {
        uuid: '7a2d4b63-0e5f-4d2c-9a2f-1b3c4d5e6f70',
        senderType: 'member',
        senderId: 7,
        messageType: 'text',
        text,
        timestamp: '2026-11-30T01:00:05.000Z',
      },
    ],
    members: [{ id: 7, displayName: 'Mei', externalId: 'U123' }],
    users: [],
  };
}

async function nodeAgent(token = TOKEN) {
  const agent = await startExampleAgent('node-http', token);
  closers.push(agent.close);
  return agent;
}

describe('buildAgentRequest', () => {
  it('builds a spec-valid request with speakers, timestamps, participants, ids and prompt', () => {
    const agent = AgentSettings.from({
      url: 'http://127.0.0.1:1/a',
      token: TOKEN,
      prompt: 'Be brief.',
    });
    const request = buildAgentRequest(conversation('hi'), agent);
    expect(validateRequest(request).ok).toBe(true);
    expect(request).toMatchObject({
      version: '1.0',
      conversation_id: 42,
      org_uuid: '123e4567-e89b-12d3-a456-426614174000',
      prompt: 'Be brief.',
      participants: { members: [{ id: 7, display_name: 'Mei', external_id: 'U123' }], users: [] },
    });
    expect(request.messages.map((m) => [m.sender_type, m.sender_id, m.text, m.timestamp])).toEqual([
      ['bot', 0, 'Hello, how can I help?', '2026-11-30T01:00:00.000Z'],
      ['member', 7, 'hi', '2026-11-30T01:00:05.000Z'],
    ]);
  });

  it('keeps only the latest historyLimit messages and leaves prompt out when unset', () => {
    const agent = AgentSettings.from({
      url: 'http://127.0.0.1:1/a',
      token: TOKEN,
      historyLimit: 1,
    });
    const request = buildAgentRequest(conversation('latest'), agent);
    expect(request.messages.map((m) => m.text)).toEqual(['latest']);
    expect('prompt' in request).toBe(false);
  });
});

describe('callAgent against the example agents', () => {
  it('gets a reply from the node:http example and sends what it validates', async () => {
    const agent = await nodeAgent();
    const settings = AgentSettings.from({ url: agent.url, token: TOKEN, deadlineMs: 10_000 });
    const exchange = await callAgent(
      settings,
      buildAgentRequest(conversation('Where is my order?'), settings),
    );
    expect(exchange.status).toBe(200);
    expect(exchange.outcome).toEqual({
      kind: 'reply',
      text: 'Thanks for your message! You wrote: "Where is my order?"',
    });
    expect(exchange.durationMs).toBeGreaterThan(0);
  });

  it('turns <HUMAN_HANDOVER> into a handover without the marker', async () => {
    const agent = await nodeAgent();
    const settings = AgentSettings.from({ url: agent.url, token: TOKEN });
    const exchange = await callAgent(
      settings,
      buildAgentRequest(conversation('a human please'), settings),
    );
    expect(exchange.outcome).toEqual({ kind: 'handover', text: 'Connecting you now.' });
    expect(exchange.answer).toContain('<HUMAN_HANDOVER>');
  });

  it('gets a reply from the Hono example', async () => {
    const agent = await startExampleAgent('hono', TOKEN);
    closers.push(agent.close);
    const settings = AgentSettings.from({ url: agent.url, token: TOKEN });
    const exchange = await callAgent(
      settings,
      buildAgentRequest(conversation('hello hono'), settings),
    );
    expect(exchange.outcome).toEqual({ kind: 'reply', text: 'You said: hello hono' });
  });

  it('records a token mismatch as a failed turn that never shows either token', async () => {
    const agent = await nodeAgent('the-right-token-93ac');
    const settings = AgentSettings.from({ url: agent.url, token: TOKEN });
    const exchange = await callAgent(settings, buildAgentRequest(conversation('hi'), settings));
    expect(exchange.outcome).toMatchObject({ kind: 'failed', reason: 'error-status' });
    expect(exchange.outcome.kind === 'failed' && exchange.outcome.detail).toMatch(/answered 401/);
    const shown = JSON.stringify(exchange) + inspect(settings) + JSON.stringify(settings);
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain('the-right-token-93ac');
  });
});

describe('callAgent classifies misbehaving agents', () => {
  async function scripted(script: Parameters<typeof startScriptedAgent>[0], deadlineMs = 10_000) {
    const agent = await startScriptedAgent(script);
    closers.push(agent.close);
    const settings = AgentSettings.from({ url: agent.url, token: TOKEN, deadlineMs });
    const exchange = await callAgent(settings, buildAgentRequest(conversation('hi'), settings));
    return { exchange, agent };
  }

  it('sends the bearer token and a body that validates against the spec', async () => {
    const { agent } = await scripted(() => ({}));
    expect(agent.received[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(validateRequest(agent.received[0]?.body).ok).toBe(true);
  });

  it('times out at the configured deadline', async () => {
    const { exchange } = await scripted(() => ({ delayMs: 3_000 }), 150);
    expect(exchange.outcome).toEqual({
      kind: 'failed',
      reason: 'timeout',
      detail: 'no complete answer within 150 ms',
    });
    expect(exchange.status).toBeNull();
  });

  it('reports an agent that is down', async () => {
    const settings = AgentSettings.from({ url: await deadAgentUrl(), token: TOKEN });
    const exchange = await callAgent(settings, buildAgentRequest(conversation('hi'), settings));
    expect(exchange.outcome).toMatchObject({ kind: 'failed', reason: 'unreachable' });
    expect(exchange.outcome.kind === 'failed' && exchange.outcome.detail).toMatch(/ECONNREFUSED/);
  });

  it.each([
    [
      { status: 500, body: '{"error":"boom"}' },
      'error-status',
      'the agent answered 500: {"error":"boom"}',
    ],
    [{ body: 'not json' }, 'invalid-json', /^the answer is not JSON/],
    [{ body: '{"text":"hi"}' }, 'missing-reply-text', 'the answer has no reply_text'],
    [
      { body: '{"reply_text":42}' },
      'missing-reply-text',
      'reply_text must be a string, got number',
    ],
    [{ body: '{"reply_text":"  "}' }, 'empty-reply-text', 'reply_text is empty'],
    [
      { body: `{"reply_text":"${'x'.repeat(MAX_ANSWER_BYTES)}"}` },
      'answer-too-large',
      /larger than 65536/,
    ],
  ] as const)('classifies %j as %s', async (script, reason, detail) => {
    const { exchange } = await scripted(() => script);
    expect(exchange.outcome).toMatchObject({ kind: 'failed', reason });
    if (exchange.outcome.kind !== 'failed') throw new Error('unreachable');
    if (typeof detail === 'string') expect(exchange.outcome.detail).toBe(detail);
    else expect(exchange.outcome.detail).toMatch(detail);
    expect(exchange.answer.length).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  });

  it('redacts the token when an error answer echoes it', async () => {
    const { exchange } = await scripted(() => ({ status: 403, body: `bad token ${TOKEN}` }));
    expect(JSON.stringify(exchange)).not.toContain(TOKEN);
    expect(exchange.answer).toBe('bad token [redacted]');
  });
});

describe('AgentSettings', () => {
  it.each([
    [{ url: 'ftp://x', token: 't' }, 'agent.url must be an http: or https: URL, got "ftp:"'],
    [{ url: 'http://127.0.0.1/a', token: '' }, 'agent.token must be a non-empty string'],
    [
      { url: 'http://127.0.0.1/a', token: 't', deadlineMs: 60_000 },
      'agent.deadlineMs must be an integer from 1 to 45000, got 60000',
    ],
    [
      { url: 'http://127.0.0.1/a', token: 't', channels: [1, -2] },
      'agent.channels[1] must be a positive integer channel id, got -2',
    ],
    [
      { url: 'http://127.0.0.1/a', token: 't', handoverTo: { user: 1 } },
      'agent.handoverTo.user is not a known field (userId, teamId)',
    ],
  ])('rejects %j', (config, message) => {
    expect(() => AgentSettings.from(config as never)).toThrow(message);
  });

  it('defaults to CAAC deadline and every channel', () => {
    const view = AgentSettings.from({ url: 'http://127.0.0.1/a', token: 't' }).view();
    expect(view).toEqual({
      url: 'http://127.0.0.1/a',
      channels: 'all',
      deadlineMs: 45_000,
      historyLimit: 20,
      hasToken: true,
    });
  });
});
