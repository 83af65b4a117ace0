import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CaacApiError,
  type CaacClient,
  CaacConnectionError,
  CaacTimeoutError,
  REDACTED,
} from '../src/index.js';
import { API_KEY, apiError, clientWith, json, rejectionOf } from './helpers.js';

// Every per-call option must behave the same whether a resource method sends directly (no
// middleware) or through openapi-fetch (middleware registered). Each test runs on both.
const paths = [
  ['without middleware', false],
  ['with middleware', true],
] as const;

// A middleware that changes nothing: it only moves resource calls onto the openapi-fetch path.
const passThrough = { onRequest: () => undefined };

function on(withMiddleware: boolean, ...args: Parameters<typeof clientWith>) {
  const made = clientWith(...args);
  if (withMiddleware) made.client.use(passThrough);
  return made;
}

const PER_CALL_KEY = 'sk-tenant-b-fedcba9876543210';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each(paths)('per-call options, %s', (_, withMiddleware) => {
  it('maxRetries overrides the client: 0 → one attempt, 3 → four', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const none = on(withMiddleware, [apiError(503)], { maxRetries: 2 });
    await rejectionOf(none.client.tags.list(undefined, { maxRetries: 0 }));
    expect(none.seen).toHaveLength(1);

    const more = on(withMiddleware, [apiError(503)], { maxRetries: 0 });
    vi.useFakeTimers();
    const call = rejectionOf(more.client.tags.list(undefined, { maxRetries: 3 }));
    await vi.runAllTimersAsync();
    await call;
    expect(more.seen).toHaveLength(4);
  });

  it('timeoutMs overrides the client deadline of each attempt', async () => {
    const never = () => new Promise<Response>(() => {});
    const { client } = on(withMiddleware, [never], { maxRetries: 0, timeoutMs: 60_000 });
    vi.useFakeTimers();
    const call = rejectionOf(client.tags.list(undefined, { timeoutMs: 250 }));
    await vi.advanceTimersByTimeAsync(300);
    const error = await call;
    expect(error).toBeInstanceOf(CaacTimeoutError);
    expect(error.message).toContain('timed out after 250 ms');
  });

  it('an invalid per-call limit is refused before anything is sent', async () => {
    const { client, seen } = on(withMiddleware, [json({ tags: [] })]);
    const error = await rejectionOf(client.tags.list(undefined, { maxRetries: -1 }));
    expect(error.message).toContain('maxRetries must be a whole number');
    expect(seen).toHaveLength(0);
  });

  it('the operation label names the call in connection errors', async () => {
    const { client } = on(withMiddleware, [new TypeError('fetch failed')], { maxRetries: 0 });
    const error = await rejectionOf(client.tags.delete({ tag_id: 5 }));
    expect(error).toBeInstanceOf(CaacConnectionError);
    expect(error.message).toContain('deleteTag DELETE /caac/v1/tags/5');
  });

  it('the signal aborts the call and is never retried', async () => {
    const controller = new AbortController();
    const reason = new Error('user gave up');
    const { client, seen } = on(
      withMiddleware,
      [
        () => {
          controller.abort(reason);
          return new Promise<Response>(() => {});
        },
      ],
      { maxRetries: 3 },
    );
    const error = await rejectionOf(client.tags.list(undefined, { signal: controller.signal }));
    expect(error).toBe(reason);
    expect(seen).toHaveLength(1);
  });

  it('per-call headers replace client-wide ones', async () => {
    const { client, seen } = on(withMiddleware, [json({ tags: [] })], {
      headers: { 'x-team': 'a' },
    });
    await client.tags.list(undefined, { headers: { 'X-Team': 'b', apikey: PER_CALL_KEY } });
    expect(seen[0]?.headers.get('x-team')).toBe('b');
    expect(seen[0]?.headers.get('apikey')).toBe(PER_CALL_KEY);
  });

  it('a per-call API key is redacted from connection errors', async () => {
    // A proxy or custom fetch that quotes the request's headers in its error.
    const echo = ({ headers }: { headers: Headers }) => {
      throw new TypeError(`fetch failed: proxy refused apikey=${headers.get('apikey')}`);
    };
    const { client } = on(withMiddleware, [echo], { maxRetries: 0 });
    const error = await rejectionOf(
      client.tags.list(undefined, { headers: { apikey: PER_CALL_KEY } }),
    );
    expect(error).toBeInstanceOf(CaacConnectionError);
    expect(error.message).toContain(`apikey=${REDACTED}`);
    expect(`${error.message}${error.stack}${JSON.stringify(error)}`).not.toContain(PER_CALL_KEY);
  });

  it('a per-call API key is redacted from API errors that echo it', async () => {
    const { client } = on(
      withMiddleware,
      [
        json({ code: 'unauthorized', message: `unknown key ${PER_CALL_KEY}` }, 401, {
          'x-echo': PER_CALL_KEY,
        }),
      ],
      { maxRetries: 0 },
    );
    const error = (await rejectionOf(
      client.tags.list(undefined, { headers: { apikey: PER_CALL_KEY } }),
    )) as CaacApiError;
    expect(error.message).toContain(`unknown key ${REDACTED}`);
    expect(error.headers['x-echo']).toBe(REDACTED);
    expect(JSON.stringify(error)).not.toContain(PER_CALL_KEY);
  });

  it('the client-wide key stays redacted when a per-call key is used too', async () => {
    const { client } = on(
      withMiddleware,
      [json({ message: `keys ${API_KEY} and ${PER_CALL_KEY}` }, 403)],
      { maxRetries: 0 },
    );
    const error = await rejectionOf(
      client.tags.list(undefined, { headers: { apikey: PER_CALL_KEY } }),
    );
    expect(error.message).toContain(`keys ${REDACTED} and ${REDACTED}`);
  });
});

describe('per-call options reach the middleware path', () => {
  it('middleware sees the call, and still gets the per-call retries', async () => {
    const seenByMiddleware: string[] = [];
    const { client, seen } = clientWith([apiError(503), json({ tags: [] })], { maxRetries: 0 });
    client.use({
      onRequest({ request }) {
        seenByMiddleware.push(request.method);
      },
    });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    vi.useFakeTimers();
    const call = (client as CaacClient).tags.list(undefined, { maxRetries: 1 });
    await vi.runAllTimersAsync();
    await expect(call).resolves.toEqual({ tags: [] });
    expect(seen).toHaveLength(2);
    expect(seenByMiddleware).toEqual(['GET']);
  });
});
