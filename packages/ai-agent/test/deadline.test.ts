import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CaacAgentDeadlineError,
  CaacAgentInvalidReplyError,
  DEFAULT_FALLBACK_REPLY,
  HUMAN_HANDOVER,
  type ReplyContext,
} from '../src/index.js';
import {
  caacRequest,
  conversation,
  jsonOf,
  recordingLogger,
  streamedRequest,
  testHandler,
} from './helpers.js';

// Only the clock is faked: body streams keep their real scheduling.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const ids = { conversationId: 98765, orgUuid: '123e4567-e89b-12d3-a456-426614174000' };

/**
 * Lets real I/O callbacks run (setImmediate is not faked) until `condition` holds, without moving
 * the fake clock, which vi.waitFor would do.
 */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++)
    await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

/** Starts the handler on a conversation and waits until `reply` is running. */
async function start(options: Parameters<typeof testHandler>[0], reply: { calls: unknown[] }) {
  const pending = testHandler(options)(caacRequest(conversation()));
  await until(() => reply.calls.length === 1);
  let settled = false;
  pending.then(() => {
    settled = true;
  });
  return { pending, isSettled: () => settled };
}

describe('deadline', () => {
  it('answers 200 with the fallback reply at deadlineMs (default 40 s) and aborts the signal', async () => {
    const contexts: ReplyContext[] = [];
    const reply = vi.fn((_request, context: ReplyContext) => {
      contexts.push(context);
      return new Promise<string>(() => {});
    });
    const onError = vi.fn();
    const { pending, isSettled } = await start({ reply, onError }, reply.mock);

    await vi.advanceTimersByTimeAsync(39_999);
    expect(isSettled()).toBe(false);
    expect(contexts[0]?.signal.aborted).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
    expect(DEFAULT_FALLBACK_REPLY).toContain(HUMAN_HANDOVER);
    expect(contexts[0]?.signal.aborted).toBe(true);
    expect(contexts[0]?.signal.reason).toBeInstanceOf(CaacAgentDeadlineError);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(expect.any(CaacAgentDeadlineError), {
      reason: 'deadline',
      ...ids,
    });
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/reply did not finish within 40000 ms/);
  });

  it('passes the deadline as an epoch time and honours a custom deadlineMs', async () => {
    const contexts: ReplyContext[] = [];
    const reply = vi.fn((_request, context: ReplyContext) => {
      contexts.push(context);
      return new Promise<string>(() => {});
    });
    const startedAt = Date.now();
    const { pending, isSettled } = await start(
      { reply, deadlineMs: 5000, fallbackReply: 'One moment please.' },
      reply.mock,
    );
    expect(contexts[0]?.deadline).toBe(startedAt + 5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(isSettled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await jsonOf(await pending)).toEqual({ reply_text: 'One moment please.' });
  });

  it('ignores an answer that arrives after the deadline, and a late rejection does no harm', async () => {
    let resolveLate: (text: string) => void = () => {};
    let rejectLate: (error: Error) => void = () => {};
    const reply = vi.fn(() => new Promise<string>((resolve) => (resolveLate = resolve)));
    const { pending } = await start({ reply }, reply.mock);
    await vi.advanceTimersByTimeAsync(40_000);
    resolveLate('too late');
    expect(await jsonOf(await pending)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });

    const rejecting = vi.fn(() => new Promise<string>((_r, reject) => (rejectLate = reject)));
    const second = await start({ reply: rejecting }, rejecting.mock);
    await vi.advanceTimersByTimeAsync(40_000);
    rejectLate(new Error('aborted'));
    expect((await second.pending).status).toBe(200);
  });

  it('leaves no timer behind once answered', async () => {
    const response = await testHandler({ reply: () => 'quick' })(caacRequest());
    expect(response.status).toBe(200);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers 408 when the body itself does not arrive before the deadline', async () => {
    const reply = vi.fn(() => 'x');
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const pending = testHandler({ reply, deadlineMs: 1000 })(streamedRequest(stalled));
    await vi.advanceTimersByTimeAsync(1000);
    const response = await pending;
    expect(response.status).toBe(408);
    expect(await jsonOf(response)).toMatchObject({ code: 'request_timeout' });
    expect(reply).not.toHaveBeenCalled();
  });
});

describe('failures in reply', () => {
  it.each([
    ['rejects', () => Promise.reject(new Error('LLM down'))],
    [
      'throws synchronously',
      () => {
        throw new Error('LLM down');
      },
    ],
  ])(
    'answers 200 with the fallback at once when reply %s, and reports the error',
    async (_case, reply) => {
      const onError = vi.fn();
      const response = await testHandler({ reply, onError })(caacRequest());
      expect(response.status).toBe(200);
      expect(await jsonOf(response)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
      expect(onError).toHaveBeenCalledWith(new Error('LLM down'), {
        reason: 'reply-threw',
        ...ids,
      });
    },
  );

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a non-string text', { text: 5 }],
    ['a non-boolean handover', { text: 'hi', handover: 'yes' }],
    ['an array', ['hi']],
  ])(
    'answers with the fallback when reply returns %s, reporting an CaacAgentInvalidReplyError',
    async (_case, value) => {
      const onError = vi.fn();
      const response = await testHandler({ reply: () => value as string, onError })(caacRequest());
      expect(await jsonOf(response)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
      expect(onError).toHaveBeenCalledWith(expect.any(CaacAgentInvalidReplyError), {
        reason: 'invalid-reply',
        ...ids,
      });
    },
  );

  it('answers with the fallback when reading the returned value throws', async () => {
    const onError = vi.fn();
    const hostile = {
      get text(): string {
        throw new Error('getter broke');
      },
    };
    const response = await testHandler({ reply: () => hostile, onError })(caacRequest());
    expect(await jsonOf(response)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
    expect(onError).toHaveBeenCalledWith(new Error('getter broke'), {
      reason: 'invalid-reply',
      ...ids,
    });
  });

  it('still answers when onError itself throws or rejects', async () => {
    const logger = recordingLogger();
    const reply = () => Promise.reject(new Error('boom'));
    for (const onError of [
      () => {
        throw new Error('onError broke');
      },
      () => Promise.reject(new Error('onError broke')),
    ]) {
      const response = await testHandler({ reply, onError, logger })(caacRequest());
      expect(await jsonOf(response)).toEqual({ reply_text: DEFAULT_FALLBACK_REPLY });
    }
    await until(() => logger.lines.filter((l) => l.includes('onError broke')).length === 2);
  });

  it('logs the cause through logger.error, or console.error, when there is no onError', async () => {
    const reply = () => Promise.reject(new Error('boom'));
    const logger = recordingLogger();
    await testHandler({ reply, onError: undefined, logger })(caacRequest());
    expect(
      logger.lines.some((l) => l.startsWith('error [@caac/ai-agent] reply-threw: Error: boom')),
    ).toBe(true);

    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await testHandler({ reply, onError: undefined })(caacRequest());
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringMatching(/^\[@caac\/ai-agent\] reply-threw: Error: boom\n\s+at /),
    );
    consoleError.mockRestore();
  });

  it('still answers when the logger throws', async () => {
    const logger = {
      warn: () => {
        throw new Error('logger broke');
      },
      info: () => {
        throw new Error('logger broke');
      },
    };
    const response = await testHandler({ reply: () => 'ok', logger })(
      caacRequest(conversation(), { token: 'bad' }),
    );
    expect(response.status).toBe(401);
  });
});

describe('disconnects', () => {
  it('answers at once, without calling reply, when the caller is already gone', async () => {
    const reply = vi.fn(() => 'x');
    const onError = vi.fn();
    const caller = new AbortController();
    caller.abort();
    const request = new Request(caacRequest(conversation()), { signal: caller.signal });
    // Fake timers: a handler waiting for the deadline would never answer here.
    const response = await testHandler({ reply, onError })(request);
    expect(response.status).toBe(408);
    expect(reply).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('aborts the signal when the caller goes away, without reporting an error', async () => {
    const contexts: ReplyContext[] = [];
    const reply = vi.fn((_request, context: ReplyContext) => {
      contexts.push(context);
      return new Promise<string>(() => {});
    });
    const onError = vi.fn();
    const caller = new AbortController();
    const base = caacRequest(conversation());
    const request = new Request(base, { signal: caller.signal });
    const pending = testHandler({ reply, onError })(request);
    await until(() => reply.mock.calls.length === 1);
    caller.abort();
    const response = await pending;
    expect(contexts[0]?.signal.aborted).toBe(true);
    expect(contexts[0]?.signal.reason).not.toBeInstanceOf(CaacAgentDeadlineError);
    expect(response.status).toBe(200);
    expect(onError).not.toHaveBeenCalled();
  });
});
