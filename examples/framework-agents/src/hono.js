// @ts-check
import { createAiAgentHandler } from '@caac/ai-agent';
import { Hono } from 'hono';
import { reply } from './reply.js';

/** @param {{ token: string | undefined }} options */
export function createApp({ token }) {
  const handler = createAiAgentHandler({ token, reply });
  const app = new Hono();
  // The untouched request: no c.req.json() (or a validator) on this route before the handler.
  app.all('/ai-agent', (c) => handler(c.req.raw));
  app.post('/orders', async (c) => c.json({ received: await c.req.json() }));
  return app;
}
