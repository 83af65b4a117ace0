// A stand-in for a model provider's HTTP API on loopback: answers each POST with the next
// scripted JSON body and records what the official SDK sent, so a test can drive the real SDK
// through a tool-calling turn and read the tool results it sent back.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedModelServer {
  url: string;
  /** Parsed JSON bodies of the requests received, oldest first. */
  requests: Array<{ path: string; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

export async function startScriptedModelServer(
  answers: readonly unknown[],
): Promise<ScriptedModelServer> {
  const queue = [...answers];
  const requests: ScriptedModelServer['requests'] = [];
  const server = createServer((request, response) => {
    readJson(request).then(
      (body) => {
        requests.push({ path: request.url ?? '', body });
        const next = queue.shift();
        response.writeHead(next === undefined ? 500 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(next ?? { error: { message: 'script exhausted' } }));
      },
      () => {
        response.writeHead(400).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
