// @ts-check
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAgent } from '../src/agent.js';

const TOKEN = 'example-token';
/** @type {Awaited<ReturnType<typeof startAgent>>} */
let agent;
beforeAll(async () => {
  agent = await startAgent({ token: TOKEN, port: 0 });
});
afterAll(() => agent.close());

/** @param {unknown} body @param {string} [token] */
const post = (body, token = TOKEN) =>
  fetch(agent.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });

/** @param {string} text */
const conversation = (text) => ({
  conversation_id: 98765,
  org_uuid: '123e4567-e89b-12d3-a456-426614174000',
  version: '1.0',
  participants: { members: [{ id: 1 }] },
  messages: [
    {
      message_type: 'text',
      message_uuid: '550e8400-e29b-41d4-a716-446655440000',
      sender_id: 1,
      sender_type: 'member',
      text,
      timestamp: '2025-05-21T05:06:00Z',
    },
  ],
});

describe('node:http example agent', () => {
  it('replies to a conversation', async () => {
    const response = await post(conversation('Do you ship to Japan?'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      reply_text: 'Thanks for your message! You wrote: "Do you ship to Japan?"',
    });
  });

  it('hands over when asked for a person', async () => {
    const response = await post(conversation('Can I talk to a human?'));
    expect(await response.json()).toEqual({ reply_text: 'Connecting you now. <HUMAN_HANDOVER>' });
  });

  it('answers health checks and rejects a wrong token', async () => {
    const health = await post({
      conversation_id: 0,
      org_uuid: '',
      version: '1.0',
      messages: [],
      participants: {},
    });
    expect(health.status).toBe(200);
    expect((await post(conversation('hi'), 'wrong')).status).toBe(401);
  });
});
