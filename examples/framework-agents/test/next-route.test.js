// @ts-check
// The Next.js App Router route module, served the way Next dispatches a route: the exported
// function named after the method gets the Request, any other method gets 405.
import { serve } from '@hono/node-server';
import { closeServer, frameworkSuite } from './framework-suite.js';

frameworkSuite(
  'Next.js App Router route handler',
  async (token) => {
    process.env.CAAC_AGENT_TOKEN = token;
    /** @type {Record<string, (request: Request) => Promise<Response>>} */
    const route = await import('../src/app/ai-agent/route.js');
    return new Promise((resolve, reject) => {
      const server = serve(
        {
          fetch: (request) =>
            route[request.method]?.(request) ??
            new Response(null, { status: 405, headers: { allow: 'POST' } }),
          port: 0,
          hostname: '127.0.0.1',
        },
        (info) => {
          resolve({
            url: `http://127.0.0.1:${info.port}/ai-agent`,
            close: () => closeServer(/** @type {import('node:http').Server} */ (server)),
          });
        },
      );
      server.once('error', reject);
    });
  },
  { otherRoute: false },
);
