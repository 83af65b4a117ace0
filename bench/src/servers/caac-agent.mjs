// @ts-check
// The AI agent built with @caac/ai-agent on node:http, as its quickstart does, with a reply that
// costs nothing so the kit's own work (auth, body limit, JSON, validation, deadline) is measured.
import { createServer } from 'node:http';
import { createNodeAiAgentHandler } from '@caac/ai-agent/node';
import { REPLY_TEXT, TOKEN } from '../fixtures/reply.mjs';

const server = createServer(createNodeAiAgentHandler({ token: TOKEN, reply: () => REPLY_TEXT }));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
