// The Express adapter's error handler, on node:http with what body-parser hands it: each error
// type it knows becomes the kit's answer (after the token check), any other error goes to next().
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExpressAiAgent } from '../src/node.js';
import { conversation, TOKEN, testOptions } from './helpers.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** A server where a "body parser" read the body and failed with `error`, as body-parser does. */
async function afterParserError(error: unknown, next = vi.fn()) {
  const [, onError] = createExpressAiAgent(testOptions());
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      void onError(error, req, res, (passed) => {
        next(passed);
        res.writeHead(599).end();
      });
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/ai-agent`;
}

const send = (url: string, token = TOKEN) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(conversation()),
    signal: AbortSignal.timeout(10_000),
  });

const parserError = (type: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(type), { type, ...extra });

describe('createExpressAiAgent after a body parser failed', () => {
  it.each([
    ['entity.parse.failed', { body: '{"version": ' }, 400, 'the body is not valid JSON'],
    ['entity.too.large', { limit: 102400 }, 413, 'limit 102400 bytes'],
    ['encoding.unsupported', {}, 400, 'the body could not be read'],
    ['entity.verify.failed', {}, 400, 'the body could not be read'],
  ])('answers %s with the kit’s JSON', async (type, extra, status, message) => {
    const url = await afterParserError(parserError(type, extra));
    const response = await send(url);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { message: string };
    expect(body.message).toContain(message);
  });

  it('checks the token first', async () => {
    const url = await afterParserError(parserError('entity.parse.failed', { body: '{' }));
    const response = await send(url, 'wrong');
    expect(response.status).toBe(401);
  });

  it.each([
    ['an error from elsewhere', new Error('database down')],
    ['an unknown body-parser type', parserError('something.new')],
    ['a non-object', 'boom'],
  ])('passes %s on to next()', async (_case, error) => {
    const next = vi.fn();
    const url = await afterParserError(error, next);
    const response = await send(url);
    expect(response.status).toBe(599);
    expect(next).toHaveBeenCalledWith(error);
  });
});
