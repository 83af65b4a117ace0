// @ts-check
import { createFastifyAiAgent } from '@caac/ai-agent/node';
import Fastify from 'fastify';
import { reply } from './reply.js';

/** @param {{ token: string | undefined }} options */
export async function createApp({ token }) {
  const app = Fastify();
  // Its own scope: the agent reads its body itself; the rest of the app keeps Fastify's parsers.
  await app.register(createFastifyAiAgent({ token, reply, path: '/ai-agent' }));
  app.post('/orders', async (request) => ({ received: request.body }));
  return app;
}
