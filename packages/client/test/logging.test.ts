import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaacLogger, CaacLogLevel } from '../src/index.js';
import { apiError, clientWith, json } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const levels = ['debug', 'info', 'warn', 'error'] as const;

function spyConsole() {
  return Object.fromEntries(
    levels.map((l) => [l, vi.spyOn(console, l).mockImplementation(() => {})]),
  );
}

/** One retried call that ends in a connection error: produces debug, warn and error lines. */
async function noisyCall(options: { logger?: CaacLogger; logLevel?: CaacLogLevel }) {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0);
  const { client } = clientWith([apiError(503), new TypeError('fetch failed')], {
    maxRetries: 1,
    ...options,
  });
  const call = client.tags.list().catch(() => undefined);
  await vi.runAllTimersAsync();
  await call;
}

describe('logging', () => {
  it('is off by default', async () => {
    const spies = spyConsole();
    await noisyCall({});
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('logLevel alone logs to console from that level up', async () => {
    const spies = spyConsole();
    await noisyCall({ logLevel: 'warn' });
    expect(spies.debug).not.toHaveBeenCalled();
    expect(spies.info).not.toHaveBeenCalled();
    expect(spies.warn).toHaveBeenCalledWith(
      '[@caac/client] listTags GET /caac/v1/tags → 503; retrying in 500 ms',
      expect.objectContaining({ status: 503, attempt: 1, delayMs: 500 }),
    );
    expect(spies.error).toHaveBeenCalledWith(
      '[@caac/client] listTags GET /caac/v1/tags to http://127.0.0.1:4010 failed without a response after 2 attempts: fetch failed',
      expect.objectContaining({ attempt: 2 }),
    );
  });

  it('a logger without logLevel receives everything from debug up', async () => {
    const calls: string[] = [];
    const logger = Object.fromEntries(
      levels.map((l) => [l, () => calls.push(l)]),
    ) as unknown as CaacLogger;
    await noisyCall({ logger });
    expect(new Set(calls)).toEqual(new Set(['debug', 'warn', 'error']));
  });

  it("logLevel 'off' silences a given logger", async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    await noisyCall({ logger, logLevel: 'off' });
    for (const fn of Object.values(logger)) expect(fn).not.toHaveBeenCalled();
  });

  it('logs a successful response at info with its timing', async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const { client } = clientWith([json({ tags: [] })], { logger, logLevel: 'info' });
    await client.tags.list();
    expect(logger.info).toHaveBeenCalledWith(
      '[@caac/client] listTags GET /caac/v1/tags → 200',
      expect.objectContaining({ status: 200, attempt: 1, ms: expect.any(Number) }),
    );
    expect(logger.debug).not.toHaveBeenCalled();
  });
});
