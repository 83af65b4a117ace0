import type { IncomingMessage } from 'node:http';

/** Prism's own limit for request bodies. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** A request body as the mock understood it. */
export type RequestBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'malformed-json'; readonly error: string }
  | { readonly kind: 'too-large' };

/**
 * Reads and, for JSON media types, parses the request body. Like Prism, a request without
 * `content-length` or `transfer-encoding` has no body.
 *
 * @example
 * const body = await readBody(req); // { kind: 'json', value: { name: 'vip' } }
 */
export async function readBody(req: IncomingMessage): Promise<RequestBody> {
  const length = req.headers['content-length'];
  if (length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined)) {
    return { kind: 'none' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return { kind: 'too-large' };
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!isJsonMediaType(req.headers['content-type'])) return { kind: 'text', value: text };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    return {
      kind: 'malformed-json',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** True for `application/json` and `application/*+json`, with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
