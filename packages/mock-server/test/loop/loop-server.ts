import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestJournal } from '../../src/journal/journal.js';
import { createLoopHost, type LoopOptions } from '../../src/loop/loop-host.js';
import { BUILTIN_SEED, Tenants } from '../../src/simulator/index.js';

/**
 * The loop host on its own node:http server (control routes and playground, no CAAC routes),
 * over a real simulator model seeded with the built-in seed.
 */
export async function startLoopServer(options: LoopOptions, apiKeys: readonly string[] = []) {
  const tenants = new Tenants(BUILTIN_SEED);
  const closing = new AbortController();
  const host = createLoopHost({
    tenants,
    journal: new RequestJournal(100),
    closing: closing.signal,
    apiKeys,
    options,
  });
  const server = createServer((req, res) => {
    if (!host.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host,
    tenants,
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
