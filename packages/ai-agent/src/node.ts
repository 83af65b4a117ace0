// `@caac/ai-agent/node`: serve the handler from node:http, Express or any connect-style
// framework. Kept out of the main entry so that one stays free of `node:` imports.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Answer, methodNotAllowed } from './answers.js';
import { coreOf, type IncomingCall } from './core.js';
import type { AiAgentHandler } from './handler.js';
import { type MaybeParsed, readNodeBody } from './node/read-body.js';
import { FORBIDDEN_METHODS, serveThroughRequest } from './node/request-path.js';

/** A node:http request listener that is also connect/Express-style middleware. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * Adapts a handler from `createAiAgentHandler` to Node's `(req, res)` signature.
 *
 * Works with `http.createServer(toNodeHandler(handler))` and as Express middleware
 * (`app.post('/ai-agent', toNodeHandler(handler))`), even after `express.json()`. When CAAC
 * disconnects, the `signal` given to `reply` aborts.
 *
 * A handler from `createAiAgentHandler` is served directly from the `IncomingMessage` to the
 * `ServerResponse`, without building a Web `Request` or `Response` (about a quarter of the CPU per
 * request), with the same answers. Any other `(request: Request) => Promise<Response>` function,
 * including one that wraps the handler, goes through `Request` and `Response`.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createAiAgentHandler } from '@caac/ai-agent';
 * import { toNodeHandler } from '@caac/ai-agent/node';
 *
 * const handler = createAiAgentHandler({ token: process.env.CAAC_AGENT_TOKEN ?? '', reply: () => 'Hello!' });
 * createServer(toNodeHandler(handler)).listen(3000, '127.0.0.1');
 */
export function toNodeHandler(handler: AiAgentHandler): NodeHandler {
  const core = coreOf(handler);
  return async function nodeAiAgentHandler(req, res, next) {
    try {
      if (core) {
        writeAnswer(await core(toCall(req, res)), res);
      } else if (FORBIDDEN_METHODS.has(req.method ?? '')) {
        writeAnswer(methodNotAllowed(req.method ?? ''), res);
      } else {
        await serveThroughRequest(handler, req, res);
      }
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

/** The request as the core sees it, read straight from node's parsed headers and body stream. */
function toCall(req: MaybeParsed, res: ServerResponse): IncomingCall {
  const { headers } = req;
  return {
    method: req.method ?? '',
    // Node keeps one value of each of these (duplicates are dropped), already trimmed.
    authorization: headers.authorization ?? null,
    contentType: headers['content-type'] ?? null,
    readBody: (maxBytes, scope) => readNodeBody(req, maxBytes, scope),
    watchDisconnect(abort) {
      const closed = () => {
        if (!res.writableFinished) {
          abort(new DOMException('the caller disconnected', 'AbortError'));
        }
      };
      // Gone before we were called (middleware that awaited first): 'close' will not come again.
      if (res.destroyed) {
        closed();
        return () => {};
      }
      res.on('close', closed);
      return () => res.off('close', closed);
    },
  };
}

function writeAnswer(answer: Answer, res: ServerResponse): void {
  const headers: Record<string, string | number> = {
    ...answer.headers,
    'content-length': Buffer.byteLength(answer.body, 'utf8'),
  };
  // After a 413 the unread rest of the body is not worth keeping the connection for.
  if (answer.status === 413) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
