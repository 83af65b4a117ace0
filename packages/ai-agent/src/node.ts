// `@caac/ai-agent/node`: serve the Web-standard handler from node:http, Express or any
// connect-style framework. Kept out of the main entry so that one stays free of `node:` imports.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AiAgentHandler } from './handler.js';
import { errorResponse } from './responses.js';

/** A node:http request listener that is also connect/Express-style middleware. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/** A request that a body parser (express.json(), ...) may already have read. */
type MaybeParsed = IncomingMessage & { body?: unknown };

/**
 * Adapts a handler from `createAiAgentHandler` to Node's `(req, res)` signature.
 *
 * Works with `http.createServer(toNodeHandler(handler))` and as Express middleware
 * (`app.post('/ai-agent', toNodeHandler(handler))`), even after `express.json()`. When CAAC
 * disconnects, the `signal` given to `reply` aborts.
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
  return async function nodeAiAgentHandler(req, res, next) {
    try {
      const disconnect = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) disconnect.abort();
      });
      const response = FORBIDDEN_METHODS.has(req.method ?? '')
        ? methodNotAllowed(req.method ?? '')
        : await handler(toRequest(req as MaybeParsed, disconnect.signal));
      await writeResponse(response, res);
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

/** Methods node:http accepts but `new Request` refuses; the handler would answer them 405 anyway. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function methodNotAllowed(method: string): Response {
  return errorResponse(405, 'method_not_allowed', `use POST; ${method} is not supported`, {
    headers: { allow: 'POST' },
  });
}

function toRequest(req: MaybeParsed, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A value fetch's Headers refuses (rare bytes Node accepts) is dropped; a dropped
        // Authorization header then simply fails auth.
      }
    }
  }
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (method !== 'GET' && method !== 'HEAD') {
    const preParsed = alreadyParsedBody(req);
    if (preParsed !== undefined) {
      init.body = preParsed;
      // The byte count of the original body no longer applies to the re-serialised one.
      headers.delete('content-length');
    } else {
      init.body = streamOf(req);
      init.duplex = 'half';
    }
  }
  return new Request(requestUrl(req), init);
}

/** The URL is not used for routing here, but Request needs a valid absolute one. */
function requestUrl(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').href;
  } catch {
    return 'http://localhost/';
  }
}

/**
 * The body a framework already consumed (Express with express.json()/raw()/text()), as bytes or
 * text; undefined when the stream is still unread.
 */
function alreadyParsedBody(req: MaybeParsed): Uint8Array<ArrayBuffer> | string | undefined {
  if (!req.readableEnded || req.body === undefined) return undefined;
  const body = req.body;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body);
}

/**
 * The request body as a web stream with backpressure. Unlike Readable.toWeb, cancelling does not
 * destroy the socket, so a 413 still reaches the client; the rest of the body is drained.
 */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  // Consumed by someone else without leaving a parsed body: there is nothing left to read.
  if (req.readableEnded) return new ReadableStream({ start: (controller) => controller.close() });
  let onData: ((chunk: Buffer) => void) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onData = (chunk) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        req.on('data', onData);
        req.once('end', () => controller.close());
        req.once('error', (error) => controller.error(error));
      },
      pull() {
        req.resume();
      },
      cancel() {
        if (onData) req.off('data', onData);
        req.resume();
      },
    },
    { highWaterMark: 4 },
  );
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const body = new Uint8Array(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // After a 413 the unread rest of the body is not worth keeping the connection for.
  if (response.status === 413) headers.connection = 'close';
  headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}
