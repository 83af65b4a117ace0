import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call } from './helpers/http.js';

const KEY = { apikey: 'lifecycle-key' };
const started: MockServer[] = [];

async function start(options: Parameters<typeof startMockServer>[0] = {}): Promise<MockServer> {
  const mock = await startMockServer(options);
  started.push(mock);
  return mock;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((mock) => mock.close()));
});

describe('startMockServer', () => {
  it('is ready when it resolves: the first request is answered from the bundled spec', async () => {
    const mock = await start();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, body } = await call(mock.url, '/caac/v1/tags', { headers: KEY });
    expect(status).toBe(200);
    expect(body).toHaveProperty('tags');
  });

  it('picks a free port by default, so two servers run side by side', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.port).toBeGreaterThan(0);
    expect(b.port).toBeGreaterThan(0);
    expect(a.port).not.toBe(b.port);
    const answers = await Promise.all(
      [a, b].map((m) => call(m.url, '/caac/v1/tags', { headers: KEY })),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
  });

  it('frees its port on close, and close is idempotent', async () => {
    const mock = await startMockServer();
    const { port } = mock;
    await Promise.all([mock.close(), mock.close()]);
    await expect(call(mock.url, '/caac/v1/tags', { headers: KEY })).rejects.toThrow();
    const again = await start({ port });
    expect(again.port).toBe(port);
  });

  it('rejects with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startMockServer({ port })).rejects.toThrow(
        /cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/,
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('rejects bad options before listening', async () => {
    await expect(startMockServer({ fault: 'teapot' })).rejects.toThrow(/fault: fault must be/);
    await expect(startMockServer({ latencyMs: -1 })).rejects.toThrow(/latencyMs/);
  });

  it('serves another spec when given one (Prism loads it in-process)', async () => {
    const mock = await start({ spec: 'test/fixtures/mini-caac.openapi.json' });
    const { status, body } = await call(mock.url, '/caac/v1/tags/7', { headers: KEY });
    expect(status).toBe(200);
    expect(body).toEqual({ id: 7, name: 'vip' });
  });

  it('answers CORS preflights like prism mock', async () => {
    const mock = await start();
    const res = await fetch(`${mock.url}/caac/v1/tags`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
      signal: AbortSignal.timeout(5_000),
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });
});
