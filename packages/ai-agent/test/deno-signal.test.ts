// Deno 2's Deno.serve, in its default "legacy abort" mode, aborts request.signal after every
// successful answer and prints a deprecation warning once a handler has read the signal. The kit
// must stay quiet there (never read it) and keep watching the signal everywhere else.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplyContext } from '../src/index.js';
import { caacRequest, conversation, testHandler } from './helpers.js';

/** A Request whose `signal` behaves like Deno's: reading it is what makes Deno warn. */
function denoLikeRequest() {
  const state = { signalReads: 0 };
  const controller = new AbortController();
  const request = new Proxy(caacRequest(conversation()), {
    get(target, property) {
      if (property === 'signal') {
        state.signalReads++;
        // Deno warns when the request then completes successfully; record it as the runtime would.
        console.warn(
          'Warning: request.signal aborts on successful responses (legacy behavior) in Deno.serve',
        );
        return controller.signal;
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { request, state, hangUp: () => controller.abort() };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('on Deno', () => {
  it('answers without reading request.signal, so Deno prints no legacy-abort warning', async () => {
    vi.stubGlobal('Deno', { version: { deno: '2.9.0' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = testHandler();
    const { request, state } = denoLikeRequest();
    const response = await handler(request);
    expect(response.status).toBe(200);
    expect(state.signalReads).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('still gives reply a signal that aborts at the deadline', async () => {
    vi.stubGlobal('Deno', { version: { deno: '2.9.0' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let context: ReplyContext | undefined;
    const handler = testHandler({
      deadlineMs: 50,
      reply: (_request, ctx) => {
        context = ctx;
        return new Promise<string>(() => {});
      },
    });
    const { request, state } = denoLikeRequest();
    const response = await handler(request);
    expect(response.status).toBe(200);
    expect(context?.signal.aborted).toBe(true);
    expect(state.signalReads).toBe(0);
  });

  it('watches request.signal when asked (watchHangUp: true), so a hang-up aborts reply at once', async () => {
    vi.stubGlobal('Deno', { version: { deno: '2.9.0' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let context: ReplyContext | undefined;
    const reply = vi.fn((_request, ctx: ReplyContext) => {
      context = ctx;
      return new Promise<string>(() => {});
    });
    const { request, hangUp } = denoLikeRequest();
    const pending = testHandler({ reply, watchHangUp: true })(request);
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    hangUp();
    expect((await pending).status).toBe(200);
    expect(context?.signal.aborted).toBe(true);
  });
});

describe('watchHangUp: false', () => {
  it('leaves request.signal unread on any runtime', async () => {
    const { request, state } = denoLikeRequest();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await testHandler({ watchHangUp: false })(request);
    expect(response.status).toBe(200);
    expect(state.signalReads).toBe(0);
  });
});

describe('elsewhere (Node, Bun, workerd)', () => {
  it('watches request.signal, so a hang-up aborts reply at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let context: ReplyContext | undefined;
    const reply = vi.fn((_request, ctx: ReplyContext) => {
      context = ctx;
      return new Promise<string>(() => {});
    });
    const { request, state, hangUp } = denoLikeRequest();
    const pending = testHandler({ reply })(request);
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    hangUp();
    expect((await pending).status).toBe(200);
    expect(context?.signal.aborted).toBe(true);
    expect(state.signalReads).toBeGreaterThan(0);
  });
});
