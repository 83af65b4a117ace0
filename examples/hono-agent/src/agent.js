// @ts-check
// A CAAC self-hosted AI agent on Hono. The same `app` runs on Node (below), Deno, Bun and
// Cloudflare Workers (`export default app`), because the kit's handler is Web-standard.

import { createAiAgentHandler, withHandover } from '@caac/ai-agent';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * Builds the Hono app that serves the agent at /ai-agent.
 * @param {{ token: string }} options
 */
export function createApp({ token }) {
  const handler = createAiAgentHandler({
    token,
    reply: async (request, { signal }) => {
      const last = request.messages.at(-1);
      // A real agent calls its LLM here and passes `signal` on, so the call stops at the deadline.
      if (signal.aborted || !last?.text) return withHandover();
      return `You said: ${last.text}`;
    },
  });
  const app = new Hono();
  app.all('/ai-agent', (c) => handler(c.req.raw));
  return app;
}

/**
 * Starts the agent on loopback with @hono/node-server. Port 0 picks a free port.
 * @param {{ token: string, port?: number }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 * @example
 * const agent = await startAgent({ token: 'secret', port: 0 });
 * await agent.close();
 */
export function startAgent({ token, port = 0 }) {
  const app = createApp({ token });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/ai-agent`,
        port: info.port,
        close: () =>
          new Promise((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
