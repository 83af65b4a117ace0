import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AiAgentErrorContext,
  type AiAgentHandler,
  type AiAgentHandlerOptions,
  type AiAgentReply,
  createAiAgentHandler,
  type ReplyContext,
  type SelfHostedAiAgentRequest,
} from '../src/index.js';
import { type NodeHandler, toNodeHandler } from '../src/node.js';

const reply = () => 'hi';

describe('createAiAgentHandler', () => {
  it('returns a Web-standard handler', () => {
    const handler = createAiAgentHandler({ token: 't', reply });
    expectTypeOf(handler).toEqualTypeOf<AiAgentHandler>();
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });

  it('takes a token that may be undefined, as process.env gives it under strict', () => {
    const fromEnv: string | undefined = process.env.CAAC_AGENT_TOKEN;
    expectTypeOf(createAiAgentHandler).toBeCallableWith({ token: fromEnv, reply });
    expectTypeOf(createAiAgentHandler).toBeCallableWith({ tokens: [fromEnv, 'b'], reply });
  });

  it('takes token or tokens, not both and not neither', () => {
    createAiAgentHandler({ token: 't', reply });
    createAiAgentHandler({ tokens: ['a', 'b'], reply });
    // @ts-expect-error both token and tokens
    createAiAgentHandler({ token: 't', tokens: ['a'], reply });
    // @ts-expect-error neither
    createAiAgentHandler({ reply });
    // @ts-expect-error reply is required
    createAiAgentHandler({ token: 't' });
  });

  it('types reply: the validated request and the context in, a string or { text, handover } out', () => {
    createAiAgentHandler({
      token: 't',
      reply: (request, context) => {
        expectTypeOf(request).toEqualTypeOf<SelfHostedAiAgentRequest>();
        expectTypeOf(context).toEqualTypeOf<ReplyContext>();
        expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
        expectTypeOf(context.deadline).toEqualTypeOf<number>();
        expectTypeOf(context.conversationId).toEqualTypeOf<number>();
        expectTypeOf(context.orgUuid).toEqualTypeOf<string>();
        return { text: 'x', handover: true };
      },
    });
    createAiAgentHandler({ token: 't', reply: async () => ({ handover: true }) });
    createAiAgentHandler({ token: 't', reply: async () => ({ text: 'only text' }) });
    // @ts-expect-error a reply needs text unless it hands over
    createAiAgentHandler({ token: 't', reply: () => ({ handover: false }) });
    // @ts-expect-error numbers are not replies
    createAiAgentHandler({ token: 't', reply: () => 42 });
    expectTypeOf<AiAgentReply>().toExtend<string | { text?: string; handover?: boolean }>();
  });

  it('types onError and the optional settings', () => {
    const options: AiAgentHandlerOptions = {
      token: 't',
      reply,
      deadlineMs: 30_000,
      fallbackReply: 'Sorry',
      maxBodyBytes: 1024,
      onError: (error, context) => {
        expectTypeOf(error).toEqualTypeOf<unknown>();
        expectTypeOf(context).toEqualTypeOf<AiAgentErrorContext>();
        expectTypeOf(context.reason).toEqualTypeOf<
          'deadline' | 'reply-threw' | 'invalid-reply' | 'internal'
        >();
      },
      logger: console,
    };
    expectTypeOf(options).toExtend<AiAgentHandlerOptions>();
  });
});

describe('toNodeHandler', () => {
  it('is a node:http listener and connect-style middleware', () => {
    const node = toNodeHandler(createAiAgentHandler({ token: 't', reply }));
    expectTypeOf(node).toEqualTypeOf<NodeHandler>();
    expectTypeOf(node).toBeCallableWith({} as IncomingMessage, {} as ServerResponse);
    expectTypeOf(node).toBeCallableWith(
      {} as IncomingMessage,
      {} as ServerResponse,
      (_error?: unknown) => {},
    );
  });
});
