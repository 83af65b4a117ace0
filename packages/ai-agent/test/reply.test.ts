import { describe, expect, it, vi } from 'vitest';
import { HUMAN_HANDOVER, type ReplyContext, type SelfHostedAiAgentRequest } from '../src/index.js';
import { caacRequest, conversation, HEALTH_CHECK, jsonOf, testHandler } from './helpers.js';

describe('reply', () => {
  it('writes a string reply as { reply_text }', async () => {
    const response = await testHandler({ reply: () => 'Hello!' })(caacRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await jsonOf(response)).toEqual({ reply_text: 'Hello!' });
  });

  it.each<[string, unknown, string]>([
    [
      '{ text, handover: true }',
      { text: 'A colleague will help.', handover: true },
      `A colleague will help. ${HUMAN_HANDOVER}`,
    ],
    ['{ handover: true }', { handover: true }, HUMAN_HANDOVER],
    ['{ text, handover: false }', { text: 'Sure.', handover: false }, 'Sure.'],
    ['{ text }', { text: 'Sure.' }, 'Sure.'],
    ['a promise of a string', Promise.resolve('Later.'), 'Later.'],
    [
      'text that already has the marker',
      { text: `Bye ${HUMAN_HANDOVER}`, handover: true },
      `Bye ${HUMAN_HANDOVER}`,
    ],
  ])('writes %s', async (_case, value, replyText) => {
    const response = await testHandler({ reply: () => value as string })(caacRequest());
    expect(await jsonOf(response)).toEqual({ reply_text: replyText });
  });

  it('gets the validated request and a context with signal, deadline and ids', async () => {
    const calls: [SelfHostedAiAgentRequest, ReplyContext][] = [];
    const before = Date.now();
    const handler = testHandler({
      deadlineMs: 10_000,
      reply: (request, context) => {
        calls.push([request, context]);
        return 'ok';
      },
    });
    await handler(caacRequest(conversation()));
    expect(calls).toHaveLength(1);
    const [request, context] = calls[0] as [SelfHostedAiAgentRequest, ReplyContext];
    expect(request).toEqual(conversation());
    expect(context.conversationId).toBe(98765);
    expect(context.orgUuid).toBe('123e4567-e89b-12d3-a456-426614174000');
    expect(context.signal).toBeInstanceOf(AbortSignal);
    expect(context.deadline).toBeGreaterThanOrEqual(before + 10_000);
    expect(context.deadline).toBeLessThanOrEqual(Date.now() + 10_000);
  });
});

describe('health checks', () => {
  it.each([
    ['conversation 0 and empty org (as CAAC sends them)', HEALTH_CHECK],
    ['conversation 0', { ...conversation(), conversation_id: 0 }],
    ['empty org', { ...conversation(), org_uuid: '' }],
    ['neither field (zero values omitted)', { version: '1.0', messages: [], participants: {} }],
  ])('answers 200 at once without calling reply: %s', async (_case, body) => {
    const reply = vi.fn(() => 'should not be called');
    const response = await testHandler({ reply })(caacRequest(body));
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({ reply_text: '' });
    expect(reply).not.toHaveBeenCalled();
  });

  it('still requires the token', async () => {
    const response = await testHandler()(caacRequest(HEALTH_CHECK, { token: null }));
    expect(response.status).toBe(401);
  });
});

describe('response headers', () => {
  it('gives every Response its own headers object, which the runtime may write into', async () => {
    // What @hono/node-server's Response does: keep the init headers and add Content-Length.
    const Original = Response;
    class WritingResponse extends Original {
      constructor(body?: BodyInit | null, init?: ResponseInit) {
        const headers = init?.headers as Record<string, string>;
        headers['content-length'] = String(typeof body === 'string' ? body.length : 0);
        super(body, init);
      }
    }
    vi.stubGlobal('Response', WritingResponse);
    try {
      const handler = testHandler();
      const first = await handler(caacRequest());
      const second = await handler(caacRequest(undefined, { token: 'wrong' }));
      expect(first.status).toBe(200);
      expect(second.status).toBe(401);
      expect(second.headers.get('content-length')).toBe(String((await second.text()).length));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
