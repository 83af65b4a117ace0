import type { IncomingMessage, ServerResponse } from 'node:http';
import { createCore } from '../core.js';
import { serveCore } from '../node/serve-core.js';
import { type AiAgentHandlerOptions, resolveOptions } from '../options.js';

/** Options of {@link createFastifyAiAgent}: the handler's, plus where to serve it. */
export type FastifyAiAgentOptions = AiAgentHandlerOptions & {
  /** The route, default `/ai-agent` (under the plugin's `prefix`, if registered with one). */
  readonly path?: string;
};

/** The part of a Fastify instance the plugin uses (kept structural: no fastify types needed). */
interface FastifyScope {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    type: string,
    parser: (
      request: unknown,
      payload: unknown,
      done: (error: null, body?: undefined) => void,
    ) => void,
  ): void;
  all(
    path: string,
    handler: (
      request: { readonly raw: IncomingMessage },
      reply: { readonly raw: ServerResponse; hijack(): void },
    ) => Promise<void>,
  ): void;
}

/**
 * Creates the agent endpoint as a Fastify (4 or 5) plugin: `app.register(plugin)`. Inside its own
 * encapsulated scope it replaces Fastify's body parsers with one that leaves the body unread, so
 * the kit reads it with its own limit (`maxBodyBytes`, not Fastify's `bodyLimit`) and answers
 * malformed bodies with its JSON errors, after the token check. The rest of the app keeps its
 * parsers.
 *
 * @example
 * import Fastify from 'fastify';
 * import { createFastifyAiAgent } from '@caac/ai-agent/node';
 *
 * const app = Fastify();
 * await app.register(createFastifyAiAgent({ token: process.env.CAAC_AGENT_TOKEN, reply }));
 */
export function createFastifyAiAgent(
  options: FastifyAiAgentOptions,
): (fastify: FastifyScope) => Promise<void> {
  const { path = '/ai-agent', ...handlerOptions } = options;
  const core = createCore(resolveOptions(handlerOptions as AiAgentHandlerOptions));
  return async function caacAiAgent(fastify) {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
    fastify.all(path, async (request, reply) => {
      // The kit writes the answer itself; Fastify must not send one too.
      reply.hijack();
      await serveCore(core, request.raw, reply.raw);
    });
  };
}
