import type { BodyResult } from './core.js';
import { CaacAgentIntegrationError } from './errors.js';
import type { RequestScope } from './scope.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a `Request` body as UTF-8 text, stopping as soon as it is known to exceed `maxBytes`: at
 * once from Content-Length when the client sent one, otherwise by counting bytes as they stream
 * in. Stops too when `scope` aborts, so a client that trickles its body cannot hold the handler.
 *
 * Throws (answered 500 and reported) when the body was already read: that is an integration bug,
 * not the caller's.
 */
export async function readRequestBody(
  request: Request,
  maxBytes: number,
  scope: RequestScope,
): Promise<BodyResult> {
  if (request.bodyUsed) {
    throw new CaacAgentIntegrationError(
      'the request body was already read before the handler got it; pass the untouched request (in Hono: c.req.raw, before any c.req.json())',
    );
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    discard(request.body);
    return { ok: false, reason: 'too-large' };
  }
  if (request.body === null) return { ok: true, text: '' };

  const reader = request.body.getReader();
  // Cancelling the reader settles a pending read, which ends the loop below.
  const stop = () => {
    reader.cancel().catch(() => {});
  };
  const unsubscribe = scope.onAbort(stop);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // Bounded: each turn consumes a chunk, and the total is capped at maxBytes.
    for (;;) {
      if (scope.aborted) return { ok: false, reason: 'aborted' };
      const { done, value } = await reader.read();
      if (scope.aborted) return { ok: false, reason: 'aborted' };
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        stop();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: scope.aborted ? 'aborted' : 'unreadable' };
  } finally {
    unsubscribe();
  }
  try {
    return { ok: true, text: decoder.decode(concat(chunks, total)) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function discard(body: ReadableStream<Uint8Array> | null): void {
  body?.cancel().catch(() => {});
}
