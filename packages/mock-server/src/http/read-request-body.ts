import type { IncomingMessage } from 'node:http';
import { isJsonMediaType } from './media-type.js';

/** Default limit for request bodies: 1 MiB, far above any CAAC request. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A request body as the mock understood it. */
export type RequestBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'malformed-json'; readonly error: string }
  | { readonly kind: 'too-large'; readonly limit: number };

/**
 * Reads and, for JSON media types, parses the request body. Like Prism, a request without
 * `content-length` or `transfer-encoding` has no body. A body over `maxBytes` is refused
 * without reading the rest: by its `content-length` before any byte, or as soon as a streamed
 * body crosses the limit (reading then stops; the caller answers 413 and closes the connection).
 *
 * @example
 * const body = await readBody(req, 1024 * 1024); // { kind: 'json', value: { name: 'vip' } }
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  const length = req.headers['content-length'];
  if (length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined)) {
    return Promise.resolve({ kind: 'none' });
  }
  if (length !== undefined && Number(length) > maxBytes) {
    return Promise.resolve({ kind: 'too-large', limit: maxBytes });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        req.pause();
        chunks.length = 0;
        resolve({ kind: 'too-large', limit: maxBytes });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(parse(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function parse(text: string, contentType: string | undefined): RequestBody {
  if (text === '') return { kind: 'none' };
  if (!isJsonMediaType(contentType)) return { kind: 'text', value: text };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    return { kind: 'malformed-json', error: whereJsonBroke(text, error) };
  }
}

/** `JSON.parse`'s reason, with the line and column of its position so the sender can find it. */
function whereJsonBroke(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 either names a position or quotes (part of) the body; the body is the sender's already.
  const reason = message.replace(/ (?:in JSON )?at position \d+.*$/s, '').replace(/, ".*$/s, '');
  const position = /at position (\d+)/.exec(message)?.[1];
  const atEnd = /end of JSON input/.test(message);
  if (position === undefined && !atEnd) return `${reason} (the body is not valid JSON)`;
  const offset = position === undefined ? text.length : Number(position);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column} (character ${offset})`;
}
