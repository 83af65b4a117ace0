/** The body's bytes, or why they could not be read. */
export type BodyResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'aborted' | 'unreadable' };

/**
 * Reads the request body, stopping as soon as it is known to exceed `maxBytes`: at once from
 * Content-Length when the client sent one, otherwise by counting bytes as they stream in. Stops
 * too when `signal` aborts, so a client that trickles its body cannot hold the handler forever.
 */
export async function readBody(
  request: Request,
  maxBytes: number,
  signal: AbortSignal,
): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    discard(request.body);
    return { ok: false, reason: 'too-large' };
  }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  // Cancelling the reader settles a pending read, which ends the loop below.
  const stop = () => {
    reader.cancel().catch(() => {});
  };
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      if (signal.aborted) return { ok: false, reason: 'aborted' };
      const { done, value } = await reader.read();
      if (signal.aborted) return { ok: false, reason: 'aborted' };
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        stop();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: signal.aborted ? 'aborted' : 'unreadable' };
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return { ok: true, bytes: concat(chunks, total) };
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
