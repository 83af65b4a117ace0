import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { BodyResult } from '../core.js';
import type { RequestScope } from '../scope.js';

/** A request that a body parser (express.json(), ...) may already have read. */
export type MaybeParsed = IncomingMessage & { body?: unknown };

/**
 * Reads a node:http request body as UTF-8 text, with the same rules as the Web entry: 'too-large'
 * from Content-Length without reading, or as soon as the streamed count passes `maxBytes` (the
 * rest is discarded, not buffered); 'aborted' when the deadline or a disconnect comes first.
 * A body that express.json()/raw()/text() already consumed is taken from `req.body` instead.
 */
export function readNodeBody(
  req: MaybeParsed,
  maxBytes: number,
  scope: RequestScope,
): BodyResult | Promise<BodyResult> {
  const parsed = alreadyParsedBody(req);
  if (parsed !== undefined) return fromParsed(parsed, maxBytes);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes)
    return { ok: false, reason: 'too-large' };
  // Consumed by someone else without leaving a parsed body: there is nothing left to read.
  if (req.readableEnded) return { ok: true, text: '' };
  return collect(req, maxBytes, scope);
}

function collect(req: IncomingMessage, maxBytes: number, scope: RequestScope): Promise<BodyResult> {
  return new Promise((resolve) => {
    // Already aborted (the caller left before we were called): no event would end the wait.
    if (scope.aborted || req.destroyed) return resolve({ ok: false, reason: 'aborted' });
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      unsubscribe();
      // Still flowing with no 'data' listener: whatever else arrives is dropped, not buffered.
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      // A string only if someone called req.setEncoding() without reading; rare, so copy.
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > maxBytes) return finish({ ok: false, reason: 'too-large' });
      chunks.push(bytes);
    };
    const onEnd = () =>
      finish(decode(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)));
    const onError = () => finish({ ok: false, reason: scope.aborted ? 'aborted' : 'unreadable' });
    const unsubscribe = scope.onAbort(() => finish({ ok: false, reason: 'aborted' }));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    // Adding a 'data' listener does not restart a stream someone paused explicitly.
    req.resume();
  });
}

const BOM = 0xfeff;

/** Strict UTF-8, and a leading byte order mark dropped, as the Web entry's TextDecoder does. */
function decode(bytes: Uint8Array): BodyResult {
  if (!isUtf8(bytes)) return { ok: false, reason: 'not-utf8' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === BOM ? text.slice(1) : text };
}

/**
 * The body a framework already consumed (Express with express.json()/raw()/text()), as bytes or
 * text; undefined when the stream is still unread.
 */
function alreadyParsedBody(req: MaybeParsed): Uint8Array | string | undefined {
  if (!req.readableEnded || req.body === undefined) return undefined;
  return asText(req.body);
}

/** A body a framework read and handed over (Koa's `rawBody`, a parser's `err.body`), same rules. */
export function readHandedOverBody(body: unknown, maxBytes: number): BodyResult {
  return fromParsed(asText(body), maxBytes);
}

/** A body handed over by a framework: text and bytes as they are, a parsed value re-serialised. */
function asText(body: unknown): Uint8Array | string {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  // A parser that found no body leaves undefined; JSON has no text for it, the core says "empty".
  return JSON.stringify(body) ?? '';
}

/**
 * The byte count of a pre-parsed body is that of its re-serialised form (the original
 * Content-Length no longer applies to it), checked against the same limit.
 */
function fromParsed(body: Uint8Array | string, maxBytes: number): BodyResult {
  if (typeof body === 'string') {
    if (Buffer.byteLength(body, 'utf8') > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, text: body.charCodeAt(0) === BOM ? body.slice(1) : body };
  }
  if (body.byteLength > maxBytes) return { ok: false, reason: 'too-large' };
  return decode(body);
}
