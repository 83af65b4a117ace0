// `@caac/ai-agent/node`: serve the agent from node:http, Express, Fastify or Koa. Kept out of the
// main entry so that one stays free of `node:` imports.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createCore } from './core.js';
import type { AiAgentHandler } from './handler.js';
import { serveThroughRequest } from './node/request-path.js';
import { serveCore } from './node/serve-core.js';
import { type AiAgentHandlerOptions, resolveOptions } from './options.js';

export { createExpressAiAgent, type ExpressAiAgent } from './frameworks/express.js';
export { createFastifyAiAgent, type FastifyAiAgentOptions } from './frameworks/fastify.js';
export { createKoaAiAgent, type KoaAiAgentOptions } from './frameworks/koa.js';

/** A node:http request listener that is also connect/Express-style middleware. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * Creates the agent endpoint as a node:http listener, with the same options and answers as
 * `createAiAgentHandler`. It is served straight from the `IncomingMessage` to the
 * `ServerResponse`, without building a Web `Request` or `Response` (about a quarter of the CPU per
 * request of {@link toNodeHandler}). Also connect-style middleware: `app.post('/ai-agent', agent)`.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createNodeAiAgentHandler } from '@caac/ai-agent/node';
 *
 * const agent = createNodeAiAgentHandler({ token: process.env.CAAC_AGENT_TOKEN, reply: () => 'Hello!' });
 * createServer(agent).listen(3000, '127.0.0.1');
 */
export function createNodeAiAgentHandler(options: AiAgentHandlerOptions): NodeHandler {
  const core = createCore(resolveOptions(options));
  return async function nodeAiAgentHandler(req, res) {
    await serveCore(core, req, res);
  };
}

/**
 * Serves any Web handler, `(request: Request) => Promise<Response>`, on node:http: the one from
 * `createAiAgentHandler`, or a function that wraps it. The request becomes a `Request` (body
 * streamed with backpressure, or taken from a body parser that read it first) and the `Response`
 * is written back; when the caller disconnects, `request.signal` aborts.
 *
 * For the agent alone, {@link createNodeAiAgentHandler} answers the same at a quarter of the CPU.
 *
 * @example
 * const handler = createAiAgentHandler({ token: process.env.CAAC_AGENT_TOKEN, reply });
 * createServer(toNodeHandler((request) => withTracing(handler, request))).listen(3000);
 */
export function toNodeHandler(handler: AiAgentHandler): NodeHandler {
  return async function nodeWebHandler(req, res, next) {
    try {
      await serveThroughRequest(handler, req, res);
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          '{"code":"internal_error","message":"[@caac/ai-agent] the agent failed unexpectedly"}',
        );
      } else {
        res.destroy();
      }
    }
  };
}
