import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test agent listening on loopback. */
export interface TestAgent {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A correct minimal self-hosted AI agent, written with `node:http` only: checks the bearer
 * token in constant time, answers 400 for bad JSON and unsupported versions, and replies in
 * JSON, asking for a handover when the customer mentions a refund.
 *
 * @example
 * const agent = await startCorrectAgent('secret');
 */
export function startCorrectAgent(token: string): Promise<TestAgent> {
  return listen(async (req, res) => {
    const body = await readText(req);
    if (!bearerMatches(req.headers.authorization, token)) {
      return json(
        res,
        401,
        { code: 'unauthorized', message: 'missing or invalid bearer token' },
        {
          'www-authenticate': 'Bearer',
        },
      );
    }
    let request: unknown;
    try {
      request = JSON.parse(body);
    } catch {
      return json(res, 400, { code: 'bad_request', message: 'body is not valid JSON' });
    }
    if (!isRecord(request) || !Array.isArray(request.messages) || !isRecord(request.participants)) {
      return json(res, 400, {
        code: 'bad_request',
        message: 'messages and participants are required',
      });
    }
    if (request.version !== '1.0') {
      return json(res, 400, { code: 'unsupported_version', message: 'this agent supports "1.0"' });
    }
    const last = request.messages.at(-1);
    const text = isRecord(last) && typeof last.text === 'string' ? last.text : '';
    const reply = /退貨|refund/i.test(text)
      ? '我幫您轉接專人服務 <HUMAN_HANDOVER>'
      : `收到：${text || 'hello'}`;
    return json(res, 200, { reply_text: reply });
  });
}

/**
 * A deliberately broken agent: accepts any token (or none), crashes the connection on bad
 * JSON, ignores `version`, and answers plain text for empty conversations.
 *
 * @example
 * const agent = await startBrokenAgent();
 */
export function startBrokenAgent(): Promise<TestAgent> {
  return listen(async (req, res) => {
    const body = await readText(req);
    let request: { messages?: unknown[] };
    try {
      request = JSON.parse(body) as { messages?: unknown[] };
    } catch {
      // What an unhandled exception in a naive handler looks like from outside.
      req.socket.destroy();
      return;
    }
    if (!request.messages || request.messages.length === 0) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    return json(res, 200, { reply_text: 'hi' });
  });
}

/**
 * An agent that takes `delayMs` to answer anything.
 *
 * @example
 * const agent = await startSlowAgent(500);
 */
export function startSlowAgent(delayMs: number): Promise<TestAgent> {
  return listen(async (req, res) => {
    await readText(req);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (!res.destroyed) json(res, 200, { reply_text: 'sorry for the wait' });
  });
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<TestAgent> {
  const server: Server = createServer((req, res) => {
    handler(req, res).catch(() => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/ai-agent`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
