// @ts-check
import { createCaacClient } from '@caac/client';
import { startMockServer } from '@caac/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startToolsAgent } from '../src/agent.js';
import { scriptedModel } from '../src/scripted-model.js';

const TOKEN = 'agent-token-1a2b';
const API_KEY = 'caac-key-3c4d';
/** @type {import('@caac/mock-server').MockServer} */
let mock;
/** @type {Array<{ close: () => Promise<void> }>} */
const agents = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, apiKeys: [API_KEY] });
});
afterAll(async () => {
  for (const agent of agents) await agent.close();
  await mock?.close();
});
beforeEach(() => mock.journal.clear());

/** @param {Omit<Parameters<typeof startToolsAgent>[0], 'token'>} options */
async function agent(options) {
  const started = await startToolsAgent({ token: TOKEN, ...options });
  agents.push(started);
  return started;
}

/** @param {string} url @param {string} text */
async function ask(url, text) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      conversation_id: 98765,
      org_uuid: '123e4567-e89b-12d3-a456-426614174000',
      version: '1.0',
      participants: { members: [{ id: 5 }] },
      messages: [
        {
          message_type: 'text',
          message_uuid: '550e8400-e29b-41d4-a716-446655440000',
          sender_id: 5,
          sender_type: 'member',
          text,
          timestamp: '2025-05-21T05:06:00Z',
        },
      ],
    }),
    signal: AbortSignal.timeout(30_000),
  });
  expect(response.status).toBe(200);
  return /** @type {{ reply_text: string }} */ (await response.json());
}

describe('tools agent', () => {
  it('tags the member through CAAC tools and answers from their results', async () => {
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: mock.url });
    const { url } = await agent({ client, model: scriptedModel });
    const body = await ask(url, 'Can I get VIP service?');
    expect(body.reply_text).toMatch(/^You are now a VIP member\. Your profile has \d+ tags\.$/);
    expect(mock.journal.entries.map((e) => [e.operationId, e.url])).toEqual(
      expect.arrayContaining([
        ['addMemberTag', '/caac/v1/members/5/tags'],
        ['listMemberTags', '/caac/v1/members/5/tags'],
      ]),
    );
  });

  it('answers without tools when none are needed', async () => {
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: mock.url });
    const { url } = await agent({ client, model: scriptedModel });
    expect((await ask(url, 'Hello')).reply_text).toBe('Happy to help! What can I do for you?');
    expect(mock.journal.entries).toHaveLength(0);
  });

  it('hands over when a tool call fails', async () => {
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: mock.url,
      maxRetries: 0,
      headers: { 'x-caac-mock-fault': '503' },
    });
    const { url } = await agent({ client, model: scriptedModel });
    expect((await ask(url, 'VIP please')).reply_text).toBe(
      'Let me get a colleague. <HUMAN_HANDOVER>',
    );
  });

  it('stops the tool calls at the reply deadline and answers with the fallback', async () => {
    // CAAC answers after 10 s; the reply's deadline is 1 s: the signal aborts the tool calls.
    const client = createCaacClient({
      apiKey: API_KEY,
      baseUrl: mock.url,
      headers: { 'x-caac-mock-delay': '10000' },
    });
    /** @type {AbortSignal | undefined} */
    let seen;
    /** @type {import('../src/scripted-model.js').ChatModel} */
    const model = (messages, options) => {
      seen = options.signal;
      return scriptedModel(5)(messages, options);
    };
    const { url } = await agent({ client, model: () => model, deadlineMs: 1000 });
    const body = await ask(url, 'VIP please');
    // The kit's fallback (not the model's own handover), and the signal the tools got aborted.
    expect(body.reply_text).toContain('<HUMAN_HANDOVER>');
    expect(body.reply_text).not.toBe('Let me get a colleague. <HUMAN_HANDOVER>');
    expect(seen?.aborted).toBe(true);
  });

  it('offers only the tools it was given: a read-only agent cannot tag', async () => {
    const client = createCaacClient({ apiKey: API_KEY, baseUrl: mock.url });
    const { selectTools } = await import('@caac/tools');
    const { url } = await agent({
      client,
      model: scriptedModel,
      tools: selectTools({ readOnly: true }),
    });
    expect((await ask(url, 'VIP please')).reply_text).toBe('A colleague will set that up for you.');
    expect(mock.journal.entries).toHaveLength(0);
  });
});
