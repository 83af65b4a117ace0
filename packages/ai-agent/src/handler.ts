import type { Answer } from './answers.js';
import { createCore, type IncomingCall } from './core.js';
import { type AiAgentHandlerOptions, resolveOptions } from './options.js';
import { readRequestBody } from './read-web-body.js';

/** A Web-standard request handler: Node 18+ `fetch` servers, Deno, Bun, Cloudflare Workers, Hono, ... */
export type AiAgentHandler = (request: Request) => Promise<Response>;

/**
 * Creates the handler for the endpoint CAAC calls. It checks the bearer token, method, content type,
 * size and schema, answers health checks itself, calls `reply` with a deadline, and always answers
 * a valid conversation with 200 `{ reply_text }`: when `reply` throws or is too slow, the customer
 * gets `fallbackReply` (an apology plus `<HUMAN_HANDOVER>` by default) and `onError` gets the cause.
 *
 * On node:http, serve it with `toNodeHandler` from `@caac/ai-agent/node`, or create the endpoint
 * with `createNodeAiAgentHandler` there, which answers the same without building a `Request`.
 *
 * Throws at construction when an option is unusable (for example an empty token).
 *
 * @example
 * const handler = createAiAgentHandler({
 *   token: process.env.CAAC_AGENT_TOKEN,
 *   reply: async (request, { signal }) => {
 *     const last = request.messages.at(-1);
 *     return last?.text ? `You said: ${last.text}` : { handover: true };
 *   },
 * });
 * Deno.serve(handler); // or Bun.serve({ fetch: handler }), or export default { fetch: handler }
 */
export function createAiAgentHandler(options: AiAgentHandlerOptions): AiAgentHandler {
  const core = createCore(resolveOptions(options));
  const watchSignal = options.watchHangUp ?? !signalWarnsOnRead();
  const handleAiAgentRequest: AiAgentHandler = async (request) =>
    toResponse(await core(fromRequest(request, watchSignal)));
  return handleAiAgentRequest;
}

/**
 * True on Deno. In Deno 2's default mode ("legacy abort") `request.signal` of `Deno.serve` also
 * aborts after every successful answer, so it cannot tell a hang-up from a finished answer, and
 * reading it prints a deprecation warning for the process ("request.signal aborts on successful
 * responses"). The kit leaves it unread there unless `watchHangUp: true`; `reply`'s signal still
 * aborts at the deadline.
 */
function signalWarnsOnRead(): boolean {
  const deno = (globalThis as { Deno?: { version?: { deno?: unknown } } }).Deno;
  return typeof deno?.version?.deno === 'string';
}

function fromRequest(request: Request, watchSignal: boolean): IncomingCall {
  return {
    method: request.method,
    authorization: request.headers.get('authorization'),
    contentType: request.headers.get('content-type'),
    readBody: (maxBytes, scope) => readRequestBody(request, maxBytes, scope),
    watchDisconnect(abort) {
      if (!watchSignal) return () => {};
      const signal = request.signal as AbortSignal | undefined;
      if (!signal) return () => {};
      const disconnected = () => abort(signal.reason);
      // An 'abort' listener added after the fact never fires.
      if (signal.aborted) {
        disconnected();
        return () => {};
      }
      signal.addEventListener('abort', disconnected, { once: true });
      return () => signal.removeEventListener('abort', disconnected);
    },
  };
}

function toResponse(answer: Answer): Response {
  // A copy: answers share one frozen header object, and some runtimes' Response keeps the init
  // object and writes into it (@hono/node-server adds Content-Length to it).
  return new Response(answer.body, { status: answer.status, headers: { ...answer.headers } });
}
