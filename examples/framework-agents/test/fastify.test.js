// @ts-check
import { createApp } from '../src/fastify.js';
import { frameworkSuite } from './framework-suite.js';

frameworkSuite('Fastify', async (token) => {
  const app = await createApp({ token });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/ai-agent`, close: () => app.close() };
});
