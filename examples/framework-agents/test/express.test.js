// @ts-check
// Runs twice: with Express 5 (`express`) and, through an alias in vitest.config.js, Express 4.
import { createExpressAiAgent } from '@caac/ai-agent/node';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/express.js';
import { reply } from '../src/reply.js';
import {
  conversationOf,
  frameworkSuite,
  kitError,
  listenNode,
  post,
  TOKEN,
} from './framework-suite.js';

frameworkSuite(`Express ${expressMajor()}`, async (token) => listenNode(createApp({ token })));

function expressMajor() {
  // Express 5 dropped app.del; the alias decides which one this file imports.
  return 'del' in express.application ? 4 : 5;
}

describe(`Express ${expressMajor()} with express.json() mounted before the agent`, () => {
  /** @param {Parameters<typeof express.json>[0]} [parserOptions] */
  async function behindJsonParser(parserOptions) {
    const app = express();
    app.use(express.json(parserOptions));
    app.use('/ai-agent', createExpressAiAgent({ token: TOKEN, reply }));
    return listenNode(app);
  }

  it('answers malformed JSON with the kit’s JSON 400, not Express’s HTML page', async () => {
    const agent = await behindJsonParser();
    try {
      const response = await post(agent.url, '{"version": ');
      expect(response.status).toBe(400);
      expect(await kitError(response)).toEqual({
        code: 'bad_request',
        message: '[@caac/ai-agent] the body is not valid JSON',
      });
      const anonymous = await post(agent.url, '{"version": ', { token: null });
      expect(anonymous.status).toBe(401);
      expect(await kitError(anonymous)).toMatchObject({ code: 'unauthorized' });
    } finally {
      await agent.close();
    }
  });

  it('takes the parsed body of a valid conversation', async () => {
    const agent = await behindJsonParser();
    try {
      const response = await post(agent.url, conversationOf(20 * 1024));
      expect(response.status).toBe(200);
    } finally {
      await agent.close();
    }
  });

  it('says which limit refused a body the parser found too large, in the kit’s JSON 413', async () => {
    const agent = await behindJsonParser();
    try {
      const response = await post(agent.url, conversationOf(300 * 1024));
      expect(response.status).toBe(413);
      const body = await kitError(response);
      expect(body.message).toContain('the body parser before the agent (limit 102400 bytes)');
      expect(body.message).toContain('mount the agent before it');
    } finally {
      await agent.close();
    }
  });

  it('accepts a ~300 KB conversation once that parser’s limit is raised', async () => {
    const agent = await behindJsonParser({ limit: '1mb' });
    try {
      const response = await post(agent.url, conversationOf(300 * 1024));
      expect(response.status).toBe(200);
    } finally {
      await agent.close();
    }
  });
});
