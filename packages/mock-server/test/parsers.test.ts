import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/http/redact.js';
import { parseApiKeys } from '../src/scenario/api-keys.js';
import { parseDelay, parseFault } from '../src/scenario/faults.js';
import { parsePreferences } from '../src/scenario/prefer.js';

describe('parseFault', () => {
  it.each([
    ['429', { kind: 'status', status: 429 }],
    ['429;retry-after=2', { kind: 'status', status: 429, retryAfter: 2 }],
    [
      ' 503 ; retry-after=0 ; times=2 ; id=upload ',
      { kind: 'status', status: 503, retryAfter: 0, times: 2, id: 'upload' },
    ],
    ['DROP', { kind: 'drop' }],
    ['drop;times=1', { kind: 'drop', times: 1 }],
  ])('reads %j', (text, expected) => {
    expect(parseFault(text)).toEqual({ ok: true, value: { ...expected, source: text.trim() } });
  });

  it.each([
    ['200', 'fault must be a 4xx/5xx status or "drop", got "200"'],
    ['429;retry-after=soon', 'retry-after must be whole seconds, got "soon"'],
    ['503;times=0', 'times must be a positive integer, got "0"'],
    ['503;colour=red', 'unknown fault parameter "colour" (use retry-after, times or id)'],
    ['drop;retry-after=1', 'retry-after does not apply to drop'],
  ])('rejects %j', (text, error) => {
    expect(parseFault(text)).toEqual({ ok: false, error });
  });
});

describe('parseDelay', () => {
  it('reads whole milliseconds up to the cap', () => {
    expect(parseDelay('250')).toEqual({ ok: true, value: 250 });
    expect(parseDelay('120001')).toMatchObject({ ok: false });
    expect(parseDelay('1.5')).toMatchObject({ ok: false });
  });
});

describe('parsePreferences', () => {
  it('reads Prefer with commas or semicolons, quoted or not', () => {
    expect(parsePreferences('code=404, example="notFound"; dynamic=false', {})).toEqual({
      ok: true,
      value: { code: 404, example: 'notFound', dynamic: false },
    });
  });

  it('ignores preferences it does not know (respond-async, return=minimal)', () => {
    expect(parsePreferences('respond-async, return=minimal, code=200', {})).toEqual({
      ok: true,
      value: { code: 200 },
    });
  });

  it('falls back to __code-style query parameters only without a Prefer header', () => {
    expect(parsePreferences(undefined, { __code: '503', __example: 'maintenance' })).toEqual({
      ok: true,
      value: { code: 503, example: 'maintenance' },
    });
    expect(parsePreferences('code=200', { __code: '503' })).toEqual({
      ok: true,
      value: { code: 200 },
    });
  });

  it('rejects a code that is not a status and a dynamic that is not a boolean', () => {
    expect(parsePreferences('code=4044', {})).toMatchObject({ ok: false });
    expect(parsePreferences('dynamic=yes', {})).toMatchObject({ ok: false });
  });
});

describe('redactUrl', () => {
  it('masks secret-looking query values and keeps the rest', () => {
    expect(redactUrl('/caac/v1/tags?limit=2&apikey=abc&api_key=x&token=t&Authorization=b')).toBe(
      '/caac/v1/tags?limit=2&apikey=***&api_key=***&token=***&Authorization=***',
    );
    expect(redactUrl('/caac/v1/tags')).toBe('/caac/v1/tags');
  });
});

describe('parseApiKeys', () => {
  it('splits, trims and drops empty entries', () => {
    expect([...parseApiKeys(' k1, ,k2 ,')]).toEqual(['k1', 'k2']);
    expect(parseApiKeys(undefined).size).toBe(0);
  });
});
