import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A misbehaving agent on loopback, counting the requests it got. */
export interface HostileAgent {
  readonly url: string;
  /** Requests received so far. */
  requests(): number;
  /** Body bytes the agent wrote, over all answers. */
  bytesSent(): number;
  close(): Promise<void>;
}

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  count: (bytes: number) => void,
) => void | Promise<void>;

/**
 * Serves `handler` on 127.0.0.1, port 0, after reading the request body (as any agent would).
 * Every open answer is ended when the agent closes, so no test leaves a socket behind.
 *
 * @example
 * const agent = await hostileAgent((_req, res) => res.writeHead(200).flushHeaders());
 */
export function hostileAgent(handler: Handler): Promise<HostileAgent> {
  let requests = 0;
  let sent = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      Promise.resolve(handler(req, res, body, (bytes) => (sent += bytes))).catch(() =>
        res.destroy(),
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/ai-agent`,
        requests: () => requests,
        bytesSent: () => sent,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Answers `status` with this JSON body to every request. */
export function jsonEverywhere(status: number, body: unknown): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
}

/**
 * Streams `{"reply_text":"aaaa…` for `totalBytes` (endless when Infinity, bounded by `maxMs`),
 * with backpressure, and stops as soon as the reader goes away.
 */
export function streamingAnswer(
  totalBytes: number,
  { declareLength = false, maxMs = 60_000 } = {},
): Handler {
  return (_req, res, _body, count) =>
    new Promise<void>((resolve) => {
      const head = '{"reply_text":"';
      const tail = '"}';
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(declareLength && Number.isFinite(totalBytes)
          ? { 'content-length': String(totalBytes) }
          : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const stopAt = Date.now() + maxMs;
      let written = 0;
      const write = (data: Buffer | string) => {
        const bytes = Buffer.byteLength(data);
        written += bytes;
        count(bytes);
        return res.write(data);
      };
      write(head);
      const pump = () => {
        while (!res.destroyed) {
          if (Date.now() > stopAt) return res.destroy();
          const left = totalBytes - tail.length - written;
          if (left <= 0) {
            res.end(tail);
            return resolve();
          }
          if (!write(left < chunk.length ? chunk.subarray(0, left) : chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        resolve();
      };
      res.on('close', () => resolve());
      pump();
    });
}

/**
 * An agent behind Express with `app.use(express.json())` in front of it, as body-parser answers:
 * 413 above its 100 KB default and a 400 HTML page with a stack trace for malformed JSON, both
 * before the agent checks the token. Otherwise a correct agent.
 */
export function behindExpressJson(token: string): Handler {
  const page = (res: ServerResponse, status: number, error: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${error}<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/srv/agent/node_modules/body-parser/lib/types/json.js:92:19)</pre>\n</body>\n</html>\n`,
    );
  };
  return (req, res, body) => {
    if (Buffer.byteLength(body) > 100 * 1024) {
      return page(res, 413, 'PayloadTooLargeError: request entity too large');
    }
    try {
      JSON.parse(body);
    } catch {
      return page(res, 400, 'SyntaxError: Unexpected end of JSON input');
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"code":"unauthorized","message":"missing or invalid bearer token"}');
      return;
    }
    const request = JSON.parse(body) as { version?: unknown; messages?: unknown };
    if (request.version !== '1.0' || !Array.isArray(request.messages)) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"code":"bad_request","message":"unsupported request"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"reply_text":"ok"}');
  };
}
