import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fromLoopback, sendError } from '../loop/http/route-io.js';
import { packageRoot } from '../spec/package-root.js';

/** Where the simulator serves the playground page (same port as the API). */
export const PLAYGROUND_PATH = '/__caac-mock/playground';

const FILES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/app.css': 'app.css',
};
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the playground's static page (plain HTML, CSS and an ES module shipped in the package:
 * no build step, no CDN) to loopback clients. Returns false for other paths.
 *
 * @example
 * if (!servePlayground(req, res)) caacHandler(req, res);
 */
export function servePlayground(req: IncomingMessage, res: ServerResponse): boolean {
  const { pathname } = new URL(req.url ?? '/', 'http://loopback');
  if (pathname !== PLAYGROUND_PATH && !pathname.startsWith(`${PLAYGROUND_PATH}/`)) return false;
  if (!fromLoopback(req)) {
    sendError(res, 403, 'the playground is served to loopback clients only');
    return true;
  }
  if (pathname === PLAYGROUND_PATH) {
    res.writeHead(308, { location: `${PLAYGROUND_PATH}/` }).end();
    return true;
  }
  const file = FILES[pathname.slice(PLAYGROUND_PATH.length)];
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendError(res, 404, `no playground file ${pathname}`);
    return true;
  }
  readFile(path.join(pageDir(), file)).then(
    (content) => {
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': String(content.length),
        'cache-control': 'no-cache',
        // The page talks to this server only.
        'content-security-policy':
          "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
      });
      res.end(req.method === 'HEAD' ? undefined : content);
    },
    (error: unknown) => sendError(res, 500, `cannot read the playground page: ${String(error)}`),
  );
  return true;
}

function pageDir(): string {
  return path.join(packageRoot(), 'src', 'playground', 'page');
}
