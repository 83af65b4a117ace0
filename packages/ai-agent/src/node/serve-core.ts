import type { ServerResponse } from 'node:http';
import type { Answer } from '../answers.js';
import type { AiAgentCore, BodyResult, IncomingCall } from '../core.js';
import type { RequestScope } from '../scope.js';
import { type MaybeParsed, readHandedOverBody, readNodeBody } from './read-node-body.js';

/**
 * Where the body comes from when it is not (only) the request stream: a framework that read it
 * first hands over what it got, or why it failed.
 */
export type NodeBodySource =
  | { readonly kind: 'stream' }
  /** Text or bytes a body parser kept (Koa's `rawBody`, a parser's `err.body`), or its parsed value. */
  | { readonly kind: 'parsed'; readonly value: unknown }
  | { readonly kind: 'failed'; readonly result: Exclude<BodyResult, { ok: true }> };

const STREAM: NodeBodySource = { kind: 'stream' };

/**
 * Answers one node:http request with the kit's core, straight from the `IncomingMessage` to the
 * `ServerResponse`: no Web `Request` or `Response` is built. Never rejects for bad input; a bug
 * in the kit is answered 500 by the core itself.
 */
export async function serveCore(
  core: AiAgentCore,
  req: MaybeParsed,
  res: ServerResponse,
  body: NodeBodySource = STREAM,
): Promise<void> {
  writeAnswer(await core(toCall(req, res, body)), res);
}

function toCall(req: MaybeParsed, res: ServerResponse, body: NodeBodySource): IncomingCall {
  const { headers } = req;
  return {
    method: req.method ?? '',
    // Node keeps one value of each of these (duplicates are dropped), already trimmed.
    authorization: headers.authorization ?? null,
    contentType: headers['content-type'] ?? null,
    readBody: (maxBytes: number, scope: RequestScope) => {
      if (body.kind === 'failed') return body.result;
      if (body.kind === 'parsed') return readHandedOverBody(body.value, maxBytes);
      return readNodeBody(req, maxBytes, scope);
    },
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

/** Writes an answer with its length; after a 413 the connection is closed, not kept for the rest. */
export function writeAnswer(answer: Answer, res: ServerResponse): void {
  const headers: Record<string, string | number> = {
    ...answer.headers,
    'content-length': Buffer.byteLength(answer.body, 'utf8'),
  };
  if (answer.status === 413) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
