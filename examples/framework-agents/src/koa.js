// @ts-check
import { createKoaAiAgent } from '@caac/ai-agent/node';
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import { reply } from './reply.js';

/** @param {{ token: string | undefined }} options */
export function createApp({ token }) {
  const app = new Koa();
  // Before the body parser: Koa runs middleware in the order they are added.
  app.use(createKoaAiAgent({ token, reply, path: '/ai-agent' }));
  app.use(bodyParser());
  app.use((ctx) => {
    if (ctx.path === '/orders') ctx.body = { received: ctx.request.body };
  });
  return app;
}
