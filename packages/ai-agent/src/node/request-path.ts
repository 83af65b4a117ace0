import type { IncomingMessage, ServerResponse } from 'node:http';
import { methodNotAllowed } from '../answers.js';
import type { MaybeParsed } from './read-node-body.js';
import { writeAnswer } from './serve-core.js';

/**
 * Serves any `(request: Request) => Promise<Response>` function on node:http by building a Web
 * `Request` (body streamed with backpressure) and writing its `Response` back; about 4× the CPU
 * per request of the direct path. Methods node:http accepts but `new Request` refuses (CONNECT,
 * TRACE, TRACK) get the kit's 405, which is what the handler would answer.
 */
export async function serveThroughRequest(
  handler: (request: Request) => Promise<Response>,
  req: MaybeParsed,
  res: ServerResponse,
): Promise<void> {
  if (FORBIDDEN_METHODS.has(req.method ?? ''))
    return writeAnswer(methodNotAllowed(req.method ?? ''), res);
  const disconnect = new AbortController();
  // Gone before we were called (middleware that awaited first): 'close' will not come again.
  if (res.destroyed) disconnect.abort();
  else {
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort();
    });
  }
  const response = await handler(toRequest(req, disconnect.signal));
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

/** Methods node:http accepts but `new Request` refuses; the handler would answer them 405 anyway. */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

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
  let detach = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onData = (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        const onEnd = () => controller.close();
        const onError = (error: Error) => controller.error(error);
        req.on('data', onData);
        req.once('end', onEnd);
        req.once('error', onError);
        detach = () => {
          req.off('data', onData);
          // Closing or erroring a cancelled stream throws, uncaught: after a 413 the rest of
          // the body still ends, so every listener must go, not only 'data'.
          req.off('end', onEnd);
          req.off('error', onError);
        };
      },
      pull() {
        req.resume();
      },
      cancel() {
        detach();
        req.resume();
      },
    },
    { highWaterMark: 4 },
  );
}
