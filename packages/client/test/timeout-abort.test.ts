import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaacConnectionError, CaacTimeoutError } from '../src/index.js';
import { apiError, clientWith, json, rejectionOf, type Seen } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A server that never answers but, like real fetch, rejects when the request's signal aborts. */
const hang = (seen: Seen) =>
  new Promise<Response>((_, reject) => {
    seen.signal.addEventListener('abort', () => reject(seen.signal.reason));
  });

type Client = ReturnType<typeof clientWith>['client'];

/** A fetch that ignores its signal entirely (some polyfills and test doubles do). */
const deaf = () => new Promise<Response>(() => {});

describe('timeouts', () => {
  it('default to 60 s per attempt', async () => {
    const { client, seen } = clientWith([hang], { maxRetries: 0 });
    const error = rejectionOf(client.tags.list());
    await vi.advanceTimersByTimeAsync(59_999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const thrown = await error;
    expect(thrown).toBeInstanceOf(CaacTimeoutError);
    expect(thrown).toBeInstanceOf(CaacConnectionError);
    expect(thrown.name).toBe('CaacTimeoutError');
    expect(thrown.message).toBe(
      '[@caac/client] listTags GET /caac/v1/tags to http://127.0.0.1:4010 timed out after 60000 ms on attempt 1',
    );
    expect(seen).toHaveLength(1);
  });

  it('apply to each attempt, and an idempotent call retries after one', async () => {
    const { client, seen } = clientWith([hang, hang, json({ tags: [] })], { timeoutMs: 1000 });
    const call = client.tags.list();
    await vi.advanceTimersByTimeAsync(1000 + 500 + 1000 + 1000);
    await expect(call).resolves.toEqual({ tags: [] });
    expect(seen.map((s) => s.at)).toEqual([0, 1500, 3500].map((t) => (seen[0] as Seen).at + t));
  });

  it('are not retried for POST: the server may have acted', async () => {
    const { client, seen } = clientWith([hang], { timeoutMs: 1000 });
    const error = rejectionOf(client.tags.create({ name: 'VIP' }));
    await vi.runAllTimersAsync();
    expect(await error).toBeInstanceOf(CaacTimeoutError);
    expect(seen).toHaveLength(1);
  });

  it('can be set per request', async () => {
    const { client } = clientWith([hang], { maxRetries: 0 });
    const error = rejectionOf(client.tags.list(undefined, { timeoutMs: 250 }));
    await vi.advanceTimersByTimeAsync(250);
    expect((await error).message).toMatch(/timed out after 250 ms/);
  });

  it('hold even when the fetch ignores its signal', async () => {
    const { client } = clientWith([deaf], { maxRetries: 0, timeoutMs: 1000 });
    const error = rejectionOf(client.tags.list());
    await vi.advanceTimersByTimeAsync(1000);
    expect(await error).toBeInstanceOf(CaacTimeoutError);
  });

  it('cover reading the body, not only the headers', async () => {
    const stalled = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"tags":['));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const { client } = clientWith([stalled], { maxRetries: 0, timeoutMs: 1000 });
    const error = rejectionOf(client.tags.list());
    await vi.advanceTimersByTimeAsync(1000);
    expect(await error).toBeInstanceOf(CaacTimeoutError);
  });

  it('leave no timer behind once a call settles', async () => {
    const { client } = clientWith([json({ tags: [] })]);
    await client.tags.list();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('caller abort', () => {
  it('rejects with the caller’s reason and is never retried', async () => {
    const { client, seen } = clientWith([hang]);
    const controller = new AbortController();
    const error = rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const thrown = await error;
    expect(thrown.name).toBe('AbortError');
    await vi.runAllTimersAsync();
    expect(seen).toHaveLength(1);
  });

  it.each([
    [
      'a POST',
      { maxRetries: 2 },
      (c: Client, signal: AbortSignal) => c.tags.create({ name: 'x' }, { signal }),
    ],
    [
      'a GET on its last attempt',
      { maxRetries: 0 },
      (c: Client, signal: AbortSignal) => c.tags.list(undefined, { signal }),
    ],
  ] as const)(
    'aborting %s rejects with the abort, not a connection error',
    async (_, options, call) => {
      const { client } = clientWith([hang], options);
      const controller = new AbortController();
      const error = rejectionOf(call(client, controller.signal));
      await vi.advanceTimersByTimeAsync(10);
      controller.abort();
      const thrown = await error;
      expect(thrown.name).toBe('AbortError');
      expect(thrown).not.toBeInstanceOf(CaacConnectionError);
    },
  );

  it('keeps a custom abort reason', async () => {
    const { client } = clientWith([hang]);
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const error = rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    controller.abort(reason);
    expect(await error).toBe(reason);
  });

  it('during a backoff wait stops the retries at once', async () => {
    const { client, seen } = clientWith([apiError(503)]);
    const controller = new AbortController();
    const error = rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toHaveLength(1);
    controller.abort();
    expect((await error).name).toBe('AbortError');
    await vi.runAllTimersAsync();
    expect(seen).toHaveLength(1);
  });

  it('before the call sends nothing', async () => {
    const { client, seen } = clientWith([json({ tags: [] })]);
    const error = await rejectionOf(client.tags.list(undefined, { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(seen).toHaveLength(0);
  });

  it('is passed on to the fetch of the attempt', async () => {
    const { client, seen } = clientWith([hang]);
    const controller = new AbortController();
    const error = rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen[0]?.signal.aborted).toBe(false);
    controller.abort();
    await error;
    expect(seen[0]?.signal.aborted).toBe(true);
  });

  it('is not a timeout, even with a short timeout configured', async () => {
    const { client } = clientWith([hang], { timeoutMs: 5000 });
    const controller = new AbortController();
    const error = rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(4000);
    controller.abort();
    expect(await error).not.toBeInstanceOf(CaacTimeoutError);
  });
});
