// @vitest-environment edge-runtime
// The main entry must run on edge runtimes (Vercel Edge, Cloudflare Workers style): here Request,
// Response, streams and timers come from the edge-runtime primitives instead of Node's.
import { describe, expect, it } from 'vitest';
import { createAiAgentHandler, DEFAULT_FALLBACK_REPLY } from '../src/index.js';

const TOKEN = 'edge-token';
const conversation = {
  conversation_id: 1,
  org_uuid: 'org',
  version: '1.0',
  participants: {},
  messages: [
    {
      message_type: 'text',
      message_uuid: '550e8400-e29b-41d4-a716-446655440000',
      sender_id: 1,
      sender_type: 'member',
      text: 'hi',
      timestamp: '2025-05-21T05:06:00Z',
    },
  ],
};

function post(body: BodyInit, token = TOKEN): Request {
  return new Request('https://agent.example/ai-agent', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('in an edge runtime', () => {
  it('runs in the edge-runtime environment', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
  });

  const handler = createAiAgentHandler({
    token: TOKEN,
    deadlineMs: 50,
    reply: (request, { signal }) =>
      request.messages[0]?.text === 'slow'
        ? new Promise((resolve) => signal.addEventListener('abort', () => resolve('late')))
        : `edge: ${request.messages[0]?.text}`,
    onError: () => {},
  });

  it('answers a conversation', async () => {
    const response = await handler(post(JSON.stringify(conversation)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reply_text: 'edge: hi' });
  });

  it('rejects a wrong token and a bad body', async () => {
    expect((await handler(post(JSON.stringify(conversation), 'nope'))).status).toBe(401);
    const invalid = await handler(post('{"version":"1.0"}'));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('counts a streamed body and answers 413', async () => {
    let chunks = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunks++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await handler(post(stream));
    expect(response.status).toBe(413);
    expect(chunks).toBeLessThan(40);
  });

  it('answers with the fallback at the deadline', async () => {
    const slow = { ...conversation, messages: [{ ...conversation.messages[0], text: 'slow' }] };
    const response = await handler(post(JSON.stringify(slow)));
    expect(await response.json()).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
  });
});
