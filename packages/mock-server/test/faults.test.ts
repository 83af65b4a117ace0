import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call, rawGet } from './helpers/http.js';

const KEY = 'fault-key';
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY] });
});
afterAll(() => mock.close());

const withControls = (controls: Record<string, string>) => ({
  headers: { apikey: KEY, ...controls },
});

describe('latency injection', () => {
  it('X-Caac-Mock-Delay delays the answer by at least that long', async () => {
    const { status, ms } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-delay': '300' }),
    );
    expect(status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(295);
    const entry = mock.journal.entries.at(-1);
    expect(entry?.scenario.delayMs).toBe(300);
    expect(entry?.durationMs).toBeGreaterThanOrEqual(295);
  });

  it('a delay longer than the client’s timeout makes the client time out', async () => {
    await expect(
      fetch(`${mock.url}/caac/v1/tags`, {
        headers: { apikey: KEY, 'x-caac-mock-delay': '2000' },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow(/timeout|aborted/i);
  });

  it('rejects a delay that is not whole milliseconds', async () => {
    const { status, body } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-delay': 'soon' }),
    );
    expect(status).toBe(422);
    expect(body).toMatchObject({ detail: expect.stringContaining('x-caac-mock-delay') });
  });
});

describe('fault injection', () => {
  it('429 answers the spec’s rate-limit error with Retry-After: 1 by default', async () => {
    const { status, headers, body } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-fault': '429' }),
    );
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('1');
    expect(body).toMatchObject({
      code: 'rate_limited',
      message: '429 injected by X-Caac-Mock-Fault',
    });
  });

  it('429;retry-after=2 sets Retry-After to 2 seconds', async () => {
    const { status, headers } = await call(
      mock.url,
      '/caac/v2/users',
      withControls({ 'x-caac-mock-fault': '429;retry-after=2' }),
    );
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('2');
    expect(mock.journal.entries.at(-1)?.scenario.fault).toBe('429;retry-after=2');
  });

  it('503 answers the spec’s unavailable error with Retry-After', async () => {
    const { status, headers, body } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-fault': '503' }),
    );
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('1');
    expect(body).toMatchObject({ code: 'service_unavailable' });
  });

  it('a status the operation does not declare still answers in the Error format', async () => {
    const { status, body, headers } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-fault': '502' }),
    );
    expect(status).toBe(502);
    const requestId = headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual({
      code: 'error',
      message: '502 injected by X-Caac-Mock-Fault',
      request_id: requestId,
    });
  });

  it('drop destroys the connection without an answer', async () => {
    const result = await rawGet(mock.url, '/caac/v1/tags', {
      apikey: KEY,
      'x-caac-mock-fault': 'drop',
    });
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/ECONNRESET|socket hang up/);
    const entry = mock.journal.entries.at(-1);
    expect(entry).toMatchObject({ outcome: 'dropped', status: 0, scenario: { fault: 'drop' } });
  });

  it('times=2 fails the first two requests, then answers normally (what a retry loop sees)', async () => {
    const controls = withControls({
      'x-caac-mock-fault': '503;retry-after=0;times=2;id=retry-loop',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await call(mock.url, '/caac/v1/tags', controls)).status);
    expect(statuses).toEqual([503, 503, 200]);
    mock.resetFaults();
    expect((await call(mock.url, '/caac/v1/tags', controls)).status).toBe(503);
  });

  it('faults fire before the key check, as a gateway would', async () => {
    const { status } = await call(mock.url, '/caac/v1/tags', {
      headers: { 'x-caac-mock-fault': '503' },
    });
    expect(status).toBe(503);
  });

  it('rejects an unknown fault', async () => {
    const { status, body } = await call(
      mock.url,
      '/caac/v1/tags',
      withControls({ 'x-caac-mock-fault': 'explode' }),
    );
    expect(status).toBe(422);
    expect(body).toMatchObject({ detail: expect.stringContaining('4xx/5xx status or "drop"') });
  });
});

describe('server-wide latency and faults (options)', () => {
  it('apply to every request, and a request can opt out with X-Caac-Mock-Fault: none', async () => {
    const flaky = await startMockServer({ fault: '503;retry-after=3', latencyMs: 100 });
    try {
      const faulted = await call(flaky.url, '/caac/v1/tags', { headers: { apikey: 'k' } });
      expect(faulted.status).toBe(503);
      expect(faulted.headers.get('retry-after')).toBe('3');
      expect(faulted.ms).toBeGreaterThanOrEqual(95);
      const spared = await call(flaky.url, '/caac/v1/tags', {
        headers: { apikey: 'k', 'x-caac-mock-fault': 'none', 'x-caac-mock-delay': '0' },
      });
      expect(spared.status).toBe(200);
    } finally {
      await flaky.close();
    }
  });

  it('close() does not wait for pending delays', async () => {
    const slow = await startMockServer({ latencyMs: 60_000 });
    const pending = fetch(`${slow.url}/caac/v1/tags`, {
      headers: { apikey: 'k' },
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await slow.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
