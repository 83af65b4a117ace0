// @ts-check
import { serve } from '@hono/node-server';
import { createApp } from '../src/hono.js';
import { closeServer, frameworkSuite } from './framework-suite.js';

frameworkSuite('Hono', (token) => {
  const app = createApp({ token });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/ai-agent`,
        close: () => closeServer(/** @type {import('node:http').Server} */ (server)),
      });
    });
    server.once('error', reject);
  });
});
