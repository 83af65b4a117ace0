import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted agent received: body parsed and the authorization header. */
export interface Received {
  readonly authorization: string | undefined;
  readonly body: unknown;
  readonly at: number;
}

/** How the scripted agent answers one request. */
export interface Script {
  readonly status?: number;
  readonly body?: string;
  /** Milliseconds before the answer starts. */
  readonly delayMs?: number;
}

/**
 * An agent that misbehaves on purpose (slow, wrong status, broken JSON) and records what it
 * was sent: the loop under test must classify each misbehaviour. Answers come from `script`.
 */
export async function startScriptedAgent(script: (request: Received, index: number) => Script) {
  const received: Received[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: Received = {
      authorization: req.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      at: performance.now(),
    };
    received.push(request);
    const answer = script(request, received.length - 1);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.end(answer.body ?? '{"reply_text":"ok"}');
    };
    if (answer.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, answer.delayMs);
      timers.add(timer);
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ai-agent`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on loopback where nothing listens (a port just freed). */
export async function deadAgentUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/ai-agent`;
}
