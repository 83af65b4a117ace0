// @ts-check
import { createKoaAiAgent } from '@caac/ai-agent/node';
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/koa.js';
import { reply } from '../src/reply.js';
import { conversationOf, frameworkSuite, listenNode, post, TOKEN } from './framework-suite.js';

frameworkSuite('Koa', async (token) => listenNode(createApp({ token })));

describe('Koa with the body parser added before the agent', () => {
  it('takes the raw body the parser kept', async () => {
    const app = new Koa();
    app.use(bodyParser());
    app.use(createKoaAiAgent({ token: TOKEN, reply }));
    const agent = await listenNode(app);
    try {
      const response = await post(agent.url, conversationOf(20 * 1024));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ reply_text: expect.stringContaining('You said:') });
    } finally {
      await agent.close();
    }
  });
});
