import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A node:http server on 127.0.0.1 with a free port; loopback only. */
export interface Loopback {
  base: string;
  /** Requests that arrived, with whether their connection closed before an answer was sent. */
  seen: { method: string; url: string; closedEarly: boolean }[];
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/**
 * Starts a loopback server answering from `routes` by path (404 JSON otherwise).
 * @example const api = await loopback({ '/json': (_, res) => res.end('{}') }); await api.close();
 */
export async function loopback(routes: Record<string, Route>): Promise<Loopback> {
  const seen: Loopback['seen'] = [];
  const server: Server = createServer((req, res) => {
    const entry = { method: req.method ?? '', url: req.url ?? '/', closedEarly: false };
    seen.push(entry);
    res.on('close', () => {
      if (!res.writableEnded) entry.closedEarly = true;
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const route = routes[(req.url ?? '/').split('?')[0] ?? '/'];
      if (route) return route(req, res, Buffer.concat(chunks).toString('utf8'));
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"code":"not_found","message":"no such route"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL nothing listens on: a port that was just free. */
export async function closedBase(): Promise<string> {
  const api = await loopback({});
  await api.close();
  return api.base;
}
