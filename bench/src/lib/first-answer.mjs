// @ts-check
// Start-up time as a user feels it: from spawning the process until the first 2xx answer. Polls with
// a fresh connection every few milliseconds (refused until the server listens), loopback only.
import { request } from 'node:http';
import { createServer } from 'node:net';

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {{ timeoutMs: number, isAlive: () => boolean, describe: () => string }} options
 */
export async function waitForFirstAnswer(url, headers, { timeoutMs, isAlive, describe }) {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    if (!isAlive()) throw new Error(`server exited before answering ${url}:\n${describe()}`);
    const status = await tryOnce(url, headers);
    if (typeof status === 'number' && status >= 200 && status < 300) return;
    last = String(status);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no 2xx from ${url} within ${timeoutMs} ms (last: ${last}):\n${describe()}`);
}

/** @param {string} url @param {Record<string, string>} headers @returns {Promise<number | string>} */
function tryOnce(url, headers) {
  return new Promise((resolve) => {
    const req = request(url, { headers, agent: false, timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) =>
      resolve(/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message),
    );
    req.end();
  });
}

/** A port free on 127.0.0.1 right now, for servers that must be told their port up front. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
