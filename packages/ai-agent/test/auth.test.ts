import { describe, expect, it, vi } from 'vitest';
import { type CodeUnits, createBearerCheck, timingSafeEqual } from '../src/auth.js';
import {
  caacRequest,
  conversation,
  jsonOf,
  recordingLogger,
  TOKEN,
  testHandler,
} from './helpers.js';

describe('timingSafeEqual', () => {
  it('compares strings', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'ab')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    // A non-ASCII look-alike never matches an ASCII token.
    expect(timingSafeEqual('tok\u0131', 'toki')).toBe(false);
  });

  it('looks at every character instead of stopping at the first difference', () => {
    // Reads are observable through a spy: a short-circuiting compare would read fewer.
    const reads = (a: string, b: string) => {
      let count = 0;
      const spy = {
        length: a.length,
        charCodeAt(index: number) {
          count++;
          return a.charCodeAt(index);
        },
      };
      timingSafeEqual(spy, b);
      return count;
    };
    expect(reads('xxxxxxxx', 'yxxxxxxx')).toBe(8);
    expect(reads('xxxxxxxx', 'xxxxxxxx')).toBe(8);
  });
});

describe('createBearerCheck', () => {
  /** Configured tokens that count how often each is read. */
  function countedTokens(values: string[]) {
    const reads = values.map(() => 0);
    const tokens = values.map(
      (value, i): CodeUnits => ({
        length: value.length,
        charCodeAt(index: number) {
          reads[i] = (reads[i] ?? 0) + 1;
          return value.charCodeAt(index);
        },
      }),
    );
    return { reads, check: createBearerCheck(tokens as unknown as string[]) };
  }

  it.each([
    ['the first token matches', 'token-aaaa'],
    ['the last token matches', 'token-cccc'],
    ['a token in the middle matches', 'token-bbbb'],
    ['no token matches', 'token-zzzz'],
  ])('compares every configured token in full when %s (no early exit)', (_case, presented) => {
    const { reads, check } = countedTokens(['token-aaaa', 'token-bbbb', 'token-cccc']);
    const expected = presented === 'token-zzzz' ? 'invalid' : 'ok';
    expect(check(`Bearer ${presented}`)).toBe(expected);
    expect(reads).toEqual([10, 10, 10]);
  });
});

describe('bearer token', () => {
  it('accepts the configured token', async () => {
    const response = await testHandler()(caacRequest());
    expect(response.status).toBe(200);
  });

  it('accepts the scheme in any case and surrounding spaces', async () => {
    const handler = testHandler();
    for (const header of [`bearer ${TOKEN}`, `BEARER ${TOKEN}`, `Bearer   ${TOKEN}  `]) {
      const response = await handler(
        caacRequest(conversation(), { token: null, headers: { authorization: header } }),
      );
      expect(response.status).toBe(200);
    }
  });

  it('answers 401 with WWW-Authenticate when the header is missing, and never calls reply', async () => {
    const reply = vi.fn(() => 'x');
    const response = await testHandler({ reply })(caacRequest(conversation(), { token: null }));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="caac-ai-agent"');
    expect(await jsonOf(response)).toEqual({
      code: 'unauthorized',
      message: '[@caac/ai-agent] missing or invalid bearer token',
    });
    expect(reply).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong token', `Bearer wrong-${TOKEN}`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token plus a character', `Bearer ${TOKEN}x`],
    ['another scheme', `Basic ${TOKEN}`],
    ['the bare token', TOKEN],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 invalid_token for %s', async (_case, header) => {
    const reply = vi.fn(() => 'x');
    const response = await testHandler({ reply })(
      caacRequest(conversation(), { token: null, headers: { authorization: header } }),
    );
    expect(response.status).toBe(401);
    // RFC 6750 §3.1: a token was presented and is not accepted.
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="caac-ai-agent", error="invalid_token"',
    );
    expect(reply).not.toHaveBeenCalled();
  });

  it('never echoes the presented or configured token in the answer or the log', async () => {
    const logger = recordingLogger();
    const presented = 'Presented-Guess-123';
    const handler = testHandler({ logger });
    const wrong = await handler(caacRequest(conversation(), { token: presented }));
    const right = await handler(caacRequest(conversation()));
    for (const response of [wrong, right]) {
      const text = await response.text();
      const headers = JSON.stringify([...response.headers]);
      for (const secret of [presented, TOKEN]) {
        expect(text).not.toContain(secret);
        expect(headers).not.toContain(secret);
      }
    }
    const logged = logger.lines.join('\n');
    expect(logged).toContain('401');
    expect(logged).not.toContain(presented);
    expect(logged).not.toContain(TOKEN);
  });

  it('accepts any of several tokens, for rotation', async () => {
    const handler = testHandler({ tokens: ['old-token', 'new-token'] });
    for (const token of ['old-token', 'new-token']) {
      expect((await handler(caacRequest(conversation(), { token }))).status).toBe(200);
    }
    expect((await handler(caacRequest(conversation(), { token: 'other' }))).status).toBe(401);
  });

  it('checks the token before reading the body', async () => {
    let pulled = false;
    // highWaterMark 0: the stream is only pulled when someone reads it.
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect((await testHandler()(request)).status).toBe(401);
    expect(pulled).toBe(false);
  });
});
