import { describe, expect, it } from 'vitest';
import {
  type AiAgentHandlerOptions,
  CaacAgentConfigError,
  CaacAgentError,
  createAiAgentHandler,
} from '../src/index.js';

const reply = () => 'hi';
const create = (options: Record<string, unknown>) => () =>
  createAiAgentHandler(options as unknown as AiAgentHandlerOptions);

describe('createAiAgentHandler rejects unusable options at construction', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an empty token', { token: '', reply }, /options\.token is empty/],
    [
      'an undefined token (unset environment variable)',
      { token: undefined, reply },
      /options\.token is undefined or missing: .*environment variable/,
    ],
    [
      'an undefined token among tokens',
      { tokens: ['good-one', undefined], reply },
      /options\.tokens\[1\] is undefined/,
    ],
    ['no token at all', { reply }, /options\.token is undefined or missing/],
    ['a non-string token', { token: 42, reply }, /options\.token must be a string/],
    [
      'both token and tokens',
      { token: 'a', tokens: ['b'], reply },
      /either options\.token or options\.tokens/,
    ],
    ['an empty tokens array', { tokens: [], reply }, /options\.tokens must be a non-empty array/],
    [
      'an empty token in tokens',
      { tokens: ['good-one', ''], reply },
      /options\.tokens\[1\] is empty/,
    ],
    [
      'a token with a space',
      { tokens: ['with space'], reply },
      /options\.tokens\[0\] contains whitespace/,
    ],
    ['a token with a newline', { token: 'abc\n', reply }, /options\.token contains whitespace/],
    ['a non-ASCII token', { token: 'tökén', reply }, /non-ASCII/],
    ['a missing reply', { token: 't' }, /options\.reply must be a function/],
    ['a zero deadline', { token: 't', reply, deadlineMs: 0 }, /deadlineMs must be/],
    ['a deadline beyond CAAC’s 45 s', { token: 't', reply, deadlineMs: 45_001 }, /at most 45000/],
    ['a NaN deadline', { token: 't', reply, deadlineMs: Number.NaN }, /deadlineMs must be/],
    [
      'a fractional body limit',
      { token: 't', reply, maxBodyBytes: 1.5 },
      /maxBodyBytes must be a positive whole number/,
    ],
    ['a zero body limit', { token: 't', reply, maxBodyBytes: 0 }, /maxBodyBytes/],
    [
      'an empty fallback reply',
      { token: 't', reply, fallbackReply: '  ' },
      /fallbackReply must be a non-empty string/,
    ],
    ['a non-function onError', { token: 't', reply, onError: 'log' }, /onError must be a function/],
    ['a non-object logger', { token: 't', reply, logger: 'console' }, /logger must be an object/],
  ])('%s', (_case, options, message) => {
    expect(create(options)).toThrow(message);
    expect(create(options)).toThrow(/^\[@caac\/ai-agent\] /);
    expect(create(options)).toThrow(CaacAgentConfigError);
    try {
      create(options)();
    } catch (error) {
      expect(error).toBeInstanceOf(CaacAgentError);
      expect((error as Error).name).toBe('CaacAgentConfigError');
    }
  });

  it('never puts a token value into the error message', () => {
    const secret = 'sup3r secret';
    expect(create({ tokens: ['fine-token', secret], reply })).toThrow(/tokens\[1\]/);
    try {
      create({ tokens: ['fine-token', secret], reply })();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('sup3r');
      expect(String((error as Error).message)).not.toContain('fine-token');
    }
  });

  it('accepts a token, a list of tokens and the documented bounds', () => {
    expect(create({ token: 't', reply })).not.toThrow();
    expect(create({ tokens: ['a', 'b'], reply })).not.toThrow();
    expect(
      create({ token: 't', reply, deadlineMs: 45_000, maxBodyBytes: 1, fallbackReply: 'x' }),
    ).not.toThrow();
  });
});
