import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CaacConnectionError,
  CaacInternalServerError,
  CaacRateLimitError,
  createCaacCoreClient,
} from '../src/index.js';
import { shouldRetry } from '../src/retry-policy.js';
import { API_KEY, apiError, BASE_URL, clientWith, json, observe, type Seen } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
  // No jitter: each delay is exactly the exponential base, so the gaps below are exact.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Milliseconds between consecutive attempts, on the fake clock. */
const gaps = (seen: Seen[]) => seen.slice(1).map((s, i) => s.at - (seen[i] as Seen).at);

/** Runs `call` to completion on the fake clock; resolves to its value or error. */
async function settle<T>(call: Promise<T>): Promise<T | Error> {
  const outcome = call.then(
    (value) => value,
    (error: Error) => error,
  );
  await vi.runAllTimersAsync();
  return outcome;
}

type Client = ReturnType<typeof clientWith>['client'];
const calls: Record<string, (c: Client) => Promise<unknown>> = {
  GET: (c) => c.tags.list(),
  DELETE: (c) => c.tags.delete({ tag_id: 7 }),
  POST: (c) => c.tags.create({ name: 'VIP' }),
  PATCH: (c) => c.tags.update({ tag_id: 7, name: { value: 'VIP', valid: true } }),
};

describe('retry policy: attempts per method and status (maxRetries 2)', () => {
  it.each([
    ['GET', 408, 3],
    ['GET', 409, 3],
    ['GET', 429, 3],
    ['GET', 500, 3],
    ['GET', 502, 3],
    ['GET', 503, 3],
    ['GET', 504, 3],
    ['GET', 400, 1],
    ['GET', 401, 1],
    ['GET', 403, 1],
    ['GET', 404, 1],
    ['GET', 422, 1],
    ['DELETE', 500, 3],
    ['DELETE', 409, 3],
    ['DELETE', 404, 1],
    ['POST', 429, 3],
    ['POST', 503, 3],
    ['POST', 500, 1],
    ['POST', 502, 1],
    ['POST', 504, 1],
    ['POST', 408, 1],
    ['POST', 409, 1],
    ['PATCH', 429, 3],
    ['PATCH', 503, 3],
    ['PATCH', 500, 1],
  ] as const)('%s answered %i → %i attempt(s)', async (method, status, attempts) => {
    const { client, seen } = clientWith([apiError(status)]);
    const error = await settle((calls[method] as (c: Client) => Promise<unknown>)(client));
    expect(error).toMatchObject({ status });
    expect(seen).toHaveLength(attempts);
    expect(seen.every((s) => s.method === method)).toBe(true);
  });

  it('PUT is idempotent like GET and DELETE; HEAD and OPTIONS too', () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect([undefined, 408, 409, 429, 500, 599].map((s) => shouldRetry(method, s))).toEqual(
        Array(6).fill(true),
      );
    }
    expect([undefined, 408, 409, 500, 502, 504].map((s) => shouldRetry('POST', s))).toEqual(
      Array(6).fill(false),
    );
  });

  it('GET retries connection errors, then throws CaacConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { client, seen } = clientWith([cause]);
    const error = await settle(client.tags.list());
    expect(seen).toHaveLength(3);
    expect(error).toBeInstanceOf(CaacConnectionError);
    expect((error as Error).cause).toBe(cause);
    expect((error as Error).message).toBe(
      '[@caac/client] listTags GET /caac/v1/tags to http://127.0.0.1:4010 failed without a response after 3 attempts: fetch failed',
    );
  });

  it('names the low-level cause undici hides (ECONNREFUSED, ENOTFOUND, …)', async () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const { client } = clientWith([refused], { maxRetries: 0 });
    expect(((await settle(client.tags.list())) as Error).message).toMatch(
      /fetch failed \(ECONNREFUSED\)$/,
    );
  });

  it('POST never retries a connection error: the write may have happened', async () => {
    const { client, seen } = clientWith([new TypeError('socket hang up')]);
    expect(await settle(client.tags.create({ name: 'VIP' }))).toBeInstanceOf(CaacConnectionError);
    expect(seen).toHaveLength(1);
  });

  it('returns the body of the first successful retry', async () => {
    const { client, seen } = clientWith([
      apiError(503),
      apiError(502),
      json({ tags: [{ id: 1 }] }),
    ]);
    expect(await settle(client.tags.list())).toEqual({ tags: [{ id: 1 }] });
    expect(seen).toHaveLength(3);
  });

  it('resends the same POST body on every attempt', async () => {
    const { client, seen } = clientWith([
      apiError(429),
      apiError(503),
      json({ id: 1, name: 'VIP' }),
    ]);
    await settle(client.tags.create({ name: 'VIP' }));
    expect(seen.map((s) => s.body)).toEqual(Array(3).fill('{"name":"VIP"}'));
    expect(seen.map((s) => s.headers.get('content-type'))).toEqual(
      Array(3).fill('application/json'),
    );
  });
});

describe('maxRetries', () => {
  it('per client: 0 means a single attempt', async () => {
    const { client, seen } = clientWith([apiError(500)], { maxRetries: 0 });
    expect(await settle(client.tags.list())).toBeInstanceOf(CaacInternalServerError);
    expect(seen).toHaveLength(1);
  });

  it('per request overrides the client', async () => {
    const { client, seen } = clientWith([apiError(500)], { maxRetries: 0 });
    await settle(client.tags.list(undefined, { maxRetries: 4 }));
    expect(seen).toHaveLength(5);
  });
});

describe('backoff', () => {
  it('doubles from 0.5 s and caps at 8 s', async () => {
    const { client, seen } = clientWith([apiError(500)], { maxRetries: 6 });
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it('jitter shortens each delay by up to 25 %', async () => {
    // Math.random() < 1, so 1 is the bound: the longest possible shortening.
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const { client, seen } = clientWith([apiError(500)]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([375, 750]);
  });

  it('does not retry before the delay has passed', async () => {
    const { client, seen } = clientWith([apiError(500), json({ tags: [] })]);
    const call = client.tags.list();
    await vi.advanceTimersByTimeAsync(499);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toHaveLength(2);
    await expect(call).resolves.toEqual({ tags: [] });
  });
});

describe('Retry-After', () => {
  it('waits the seconds the server asks for', async () => {
    const { client, seen } = clientWith([
      apiError(429, 'slow down', { 'retry-after': '3' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([3000]);
  });

  it('accepts fractional seconds and 0', async () => {
    const { client, seen } = clientWith([
      apiError(503, 'x', { 'retry-after': '1.5' }),
      apiError(503, 'x', { 'retry-after': '0' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([1500, 0]);
  });

  it('waits until an HTTP date', async () => {
    vi.setSystemTime(new Date('2025-05-21T05:06:00Z'));
    const { client, seen } = clientWith([
      apiError(503, 'maintenance', { 'retry-after': 'Wed, 21 May 2025 05:06:05 GMT' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([5000]);
  });

  it('retries at once when the date is already past', async () => {
    vi.setSystemTime(new Date('2025-05-21T05:06:00Z'));
    const { client, seen } = clientWith([
      apiError(429, 'x', { 'retry-after': 'Wed, 21 May 2025 05:00:00 GMT' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([0]);
  });

  it('falls back to backoff when the header is unreadable', async () => {
    const { client, seen } = clientWith([
      apiError(429, 'x', { 'retry-after': 'soon' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([500]);
  });

  it('is honoured up to 60 s', async () => {
    const { client, seen } = clientWith([
      apiError(429, 'x', { 'retry-after': '60' }),
      json({ tags: [] }),
    ]);
    await settle(client.tags.list());
    expect(gaps(seen)).toEqual([60_000]);
  });

  it('longer than 60 s ends the retries with the 429, so the caller decides', async () => {
    const { client, seen } = clientWith([
      apiError(429, 'quota', { 'retry-after': '61' }),
      json({}),
    ]);
    const error = await settle(client.tags.list());
    expect(error).toBeInstanceOf(CaacRateLimitError);
    expect((error as CaacRateLimitError).headers['retry-after']).toBe('61');
    expect(seen).toHaveLength(1);
  });

  it('lets POST retry a 429 after the server’s delay', async () => {
    const { client, seen } = clientWith([
      apiError(429, 'x', { 'retry-after': '2' }),
      json({ id: 1, name: 'VIP' }),
    ]);
    expect(await settle(client.tags.create({ name: 'VIP' }))).toEqual({ id: 1, name: 'VIP' });
    expect(gaps(seen)).toEqual([2000]);
  });
});

describe('the raw typed client', () => {
  it('gets the same retries and returns { data, response }', async () => {
    const { fetch, seen } = observe(apiError(503), apiError(500), json({ tags: [{ id: 1 }] }));
    const raw = createCaacCoreClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const result = raw.GET('/caac/v1/tags');
    await vi.runAllTimersAsync();
    const { data, error, response } = await result;
    expect(seen).toHaveLength(3);
    expect(data).toEqual({ tags: [{ id: 1 }] });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${BASE_URL}/caac/v1/tags`);
  });

  it('returns a final error as { error, response } instead of throwing', async () => {
    const { fetch, seen } = observe(apiError(404, 'no such tag'));
    const raw = createCaacCoreClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    const result = await settle(
      raw.DELETE('/caac/v1/tags/{tag_id}', { params: { path: { tag_id: 9 } } }),
    );
    expect(result).toMatchObject({
      error: { code: 'status_404', message: 'no such tag' },
      response: { status: 404 },
    });
    expect(seen).toHaveLength(1);
  });

  it('retries POST only on 429/503 as well', async () => {
    const { fetch, seen } = observe(apiError(500));
    const raw = createCaacCoreClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch });
    await settle(raw.POST('/caac/v1/tags', { body: { name: 'VIP' } }));
    expect(seen).toHaveLength(1);
  });
});
