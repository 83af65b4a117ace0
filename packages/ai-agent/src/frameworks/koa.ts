import type { IncomingMessage, ServerResponse } from 'node:http';
import { createCore } from '../core.js';
import { type NodeBodySource, serveCore } from '../node/serve-core.js';
import { type AiAgentHandlerOptions, resolveOptions } from '../options.js';

/** Options of {@link createKoaAiAgent}: the handler's, plus where to serve it. */
export type KoaAiAgentOptions = AiAgentHandlerOptions & {
  /** The path the middleware answers, default `/ai-agent`; other paths go to `next()`. */
  readonly path?: string;
};

/** The part of a Koa context the middleware uses (structural: no koa types needed). */
interface KoaContext {
  readonly path: string;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly request: { readonly body?: unknown; readonly rawBody?: unknown };
  respond?: boolean;
}

/**
 * Creates the agent endpoint as Koa (2 or 3) middleware that answers `path` and passes every
 * other request on. Register it before the app's body parser (`app.use` order is Koa's only
 * order): it then reads the body itself, up to `maxBodyBytes`, and answers malformed ones with the
 * kit's JSON errors. Registered behind a parser that succeeded, it takes the parser's `rawBody`.
 *
 * @example
 * import Koa from 'koa';
 * import { createKoaAiAgent } from '@caac/ai-agent/node';
 *
 * const app = new Koa();
 * app.use(createKoaAiAgent({ token: process.env.CAAC_AGENT_TOKEN, reply }));
 */
export function createKoaAiAgent(
  options: KoaAiAgentOptions,
): (ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown> {
  const { path = '/ai-agent', ...handlerOptions } = options;
  const core = createCore(resolveOptions(handlerOptions as AiAgentHandlerOptions));
  return async function caacAiAgent(ctx, next) {
    if (ctx.path !== path) return next();
    // The kit writes the answer itself; Koa must not send one too.
    ctx.respond = false;
    await serveCore(core, ctx.req, ctx.res, handedOver(ctx));
  };
}

/** The body a Koa body parser already read, or the stream when none did. */
function handedOver(ctx: KoaContext): NodeBodySource | undefined {
  if (!ctx.req.readableEnded) return undefined;
  const { rawBody, body } = ctx.request;
  if (typeof rawBody === 'string') return { kind: 'parsed', value: rawBody };
  return body === undefined ? undefined : { kind: 'parsed', value: body };
}
