import { describe, expect, it } from 'vitest';
import { readAnswerBody } from '../src/checker/answer-body.js';
import { excerpt } from '../src/checker/excerpt.js';
import { maskSecrets } from '../src/checker/mask-secrets.js';

const LONG = 'Zq7xK3mP9vT2wR8s/Ld4N';

describe('maskSecrets', () => {
  it('masks a long token wherever it occurs, also glued to other characters', () => {
    expect(maskSecrets(`Bearer ${LONG}`, [LONG])).toBe('Bearer ***');
    expect(maskSecrets(`x${LONG}y`, [LONG])).toBe('x***y');
  });

  it('masks the JSON-escaped and URL-encoded forms of a token', () => {
    expect(maskSecrets(`"Zq7xK3mP9vT2wR8s\\/Ld4N"`, [LONG])).toBe('"***"');
    expect(maskSecrets(`token=${encodeURIComponent(LONG)}`, [LONG])).toBe('token=***');
  });

  it('masks a short token as a whole word only, in any script', () => {
    expect(maskSecrets('connection t test', ['t'])).toBe('connection *** test');
    expect(maskSecrets('token=t;', ['t'])).toBe('token=***;');
    expect(maskSecrets('好t好 t', ['t'])).toBe('好t好 ***');
    expect(maskSecrets('abc abcd xabc', ['abc'])).toBe('*** abcd xabc');
  });

  it('drops the start of a token cut off at the end of a truncated text', () => {
    expect(maskSecrets(`answer: Bearer ${LONG.slice(0, 7)}`, [LONG], { truncated: true })).toBe(
      'answer: Bearer ',
    );
    // Not truncated: a text may end with what looks like a token's start.
    expect(maskSecrets('ends with Zq', [LONG])).toBe('ends with Zq');
  });

  it('masks the HTML-escaped form of a token', () => {
    expect(
      maskSecrets('<pre>Bearer a&amp;b&lt;c-0123456789abcdef</pre>', ['a&b<c-0123456789abcdef']),
    ).toBe('<pre>Bearer ***</pre>');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    expect(maskSecrets(`a ${LONG}-extra b`, [LONG, `${LONG}-extra`])).toBe('a *** b');
  });
});

describe('excerpt', () => {
  it('keeps short text whole and collapses whitespace', () => {
    expect(excerpt('  two\n  lines ')).toBe('two lines');
  });

  it('cuts long text between words, within the bound', () => {
    const text = 'alpha beta gamma delta epsilon';
    expect(excerpt(text, 20)).toBe('alpha beta gamma…');
    expect([...excerpt('x'.repeat(50), 20)].length).toBe(20);
  });
});

describe('excerpt of masked text', () => {
  it('drops a piece of a short token that a cut inside a long word would leave at the end', () => {
    const text = `${'x'.repeat(30)};abcdefghijklmnop`;
    // "abcdefgh…" is no token, but a cut after "abc" would show the token "abc" as a word.
    expect(excerpt(text, 35, ['abc'])).toBe(`${'x'.repeat(30)}…`);
  });
});

describe('readAnswerBody', () => {
  it('finds the message of common JSON error shapes', () => {
    expect(
      readAnswerBody('application/json', '{"error":{"message":"nope","code":"x"}}').message,
    ).toBe('nope (code x)');
    expect(
      readAnswerBody(
        'application/problem+json',
        '{"title":"Bad Request","detail":"version must be 1.0"}',
      ).message,
    ).toBe('version must be 1.0');
  });

  it('recognises an HTML error page with a stack trace', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Error</title></head><body><pre>SyntaxError: Unexpected token<br> &nbsp;at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)</pre></body></html>';
    expect(readAnswerBody('text/html', page)).toMatchObject({
      kind: 'html',
      exposesStackTrace: true,
      message: 'an HTML page with a stack trace: SyntaxError: Unexpected token',
    });
  });
});
