// @ts-check
import { createExpressAiAgent } from '@caac/ai-agent/node';
import express from 'express';
import { reply } from './reply.js';

/** @param {{ token: string | undefined }} options */
export function createApp({ token }) {
  const app = express();
  // app.use, not app.post: Express skips routes while a body parser's error is pending.
  app.use('/ai-agent', createExpressAiAgent({ token, reply }));
  // The rest of the app, with its parsers, before or after the agent.
  app.use(express.json());
  app.post('/orders', (req, res) => res.json({ received: req.body }));
  return app;
}
