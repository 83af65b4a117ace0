import type { IncomingMessage, ServerResponse } from 'node:http';

/** Control-route bodies are small JSON objects; anything larger is refused. */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024;

/** A control-route failure with the status and message to send. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends `value` as JSON, uncached (the playground polls). */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** Sends the mock's problem shape for control routes: `{ error: { status, message } }`. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: { status, message } });
}

/** Reads a JSON object body; a missing, oversized, malformed or non-object body is a 400/413. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CONTROL_BODY_BYTES) {
      throw new RouteError(413, `the body is larger than ${MAX_CONTROL_BODY_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new RouteError(400, 'the body must be a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RouteError(
      400,
      `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RouteError(400, 'the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** An integer field of a body or query, or a 400 naming it. */
export function integerField(value: unknown, name: string): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new RouteError(400, `${name} must be an integer, got ${JSON.stringify(value)}`);
  }
  return number;
}

/** True for a connection from this machine: control routes and the playground serve only those. */
export function fromLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
