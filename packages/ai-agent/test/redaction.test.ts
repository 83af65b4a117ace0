// The README promises that no token reaches the logs. The user's `reply` can put one in an error
// (a failed upstream call that echoes its Authorization header), so what the kit prints is redacted.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caacRequest, recordingLogger, TOKEN, testHandler } from './helpers.js';

const OLD = 'old-rotated-token-77';

function leakyError(): Error {
  const error = new Error(`upstream said 401 for token=${TOKEN} (also tried ${OLD})`, {
    cause: new Error(`Authorization: Bearer ${TOKEN}`),
  });
  return error;
}

/** Everything a console.error call would print, as Node prints it. */
function printed(calls: unknown[][]): string {
  return calls
    .map((args) => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '))
    .join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the default onError', () => {
  it.each([
    [
      'throws an Error',
      () => {
        throw leakyError();
      },
    ],
    ['rejects with an Error', () => Promise.reject(leakyError())],
    [
      'throws a string',
      () => {
        throw `token=${TOKEN} and ${OLD}`;
      },
    ],
    [
      'throws an object',
      () => {
        throw { message: `token=${TOKEN}`, other: OLD };
      },
    ],
  ])('prints no configured token when reply %s (console)', async (_case, reply) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await testHandler({ tokens: [OLD, TOKEN], reply, onError: undefined })(caacRequest());
    expect(consoleError).toHaveBeenCalledTimes(1);
    const text = printed(consoleError.mock.calls);
    expect(text).toContain('reply-threw');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(OLD);
    // Whole occurrences are replaced, and the rest of the text stays readable.
    expect(text).toContain('token=[redacted]');
  });

  it('keeps the cause chain and stack, redacted', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await testHandler({ reply: () => Promise.reject(leakyError()), onError: undefined })(
      caacRequest(),
    );
    const text = printed(consoleError.mock.calls);
    expect(text).toContain('Authorization: Bearer [redacted]');
    expect(text).toMatch(/\n\s+at /);
    expect(text).not.toContain(TOKEN);
  });

  it('prints no configured token through logger.error either', async () => {
    const logger = recordingLogger();
    await testHandler({ reply: () => Promise.reject(leakyError()), onError: undefined, logger })(
      caacRequest(),
    );
    const text = logger.lines.join('\n');
    expect(text).toContain('reply-threw');
    expect(text).toContain('token=[redacted]');
    expect(text).not.toContain(TOKEN);
  });

  it('prints no configured token when a custom onError fails with one', async () => {
    const logger = recordingLogger();
    const onError = () => Promise.reject(new Error(`could not report: ${TOKEN}`));
    await testHandler({ reply: () => Promise.reject(new Error('x')), onError, logger })(
      caacRequest(),
    );
    await vi.waitFor(() => expect(logger.lines.join('\n')).toContain('onError rejected'));
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('does not mangle words that merely contain part of a token', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await testHandler({
      reply: () => Promise.reject(new Error(`${TOKEN.slice(0, 4)} connection reset`)),
      onError: undefined,
    })(caacRequest());
    expect(printed(consoleError.mock.calls)).toContain(`${TOKEN.slice(0, 4)} connection reset`);
  });
});
