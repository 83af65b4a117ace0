import { describe, expect, it } from 'vitest';
import { HUMAN_HANDOVER, isHandover, stripHandover, withHandover } from '../src/index.js';

describe('isHandover', () => {
  it('finds the marker anywhere in the reply', () => {
    expect(isHandover('<HUMAN_HANDOVER>')).toBe(true);
    expect(isHandover('Connecting you now <HUMAN_HANDOVER>')).toBe(true);
    expect(isHandover('<HUMAN_HANDOVER> one moment')).toBe(true);
  });

  it('does not match near misses (CAAC looks for the exact marker)', () => {
    expect(isHandover('Hello')).toBe(false);
    expect(isHandover('<human_handover>')).toBe(false);
    expect(isHandover('HUMAN_HANDOVER')).toBe(false);
    expect(isHandover('')).toBe(false);
  });
});

describe('withHandover', () => {
  it('appends the marker after a space', () => {
    expect(withHandover('A colleague will take over.')).toBe(
      `A colleague will take over. ${HUMAN_HANDOVER}`,
    );
  });

  it('returns the bare marker without text', () => {
    expect(withHandover()).toBe(HUMAN_HANDOVER);
    expect(withHandover('')).toBe(HUMAN_HANDOVER);
    expect(withHandover('   ')).toBe(HUMAN_HANDOVER);
  });

  it('is idempotent: the marker is never added twice', () => {
    const once = withHandover('Hi');
    expect(withHandover(once)).toBe(once);
  });

  it('drops trailing whitespace before the marker', () => {
    expect(withHandover('Hi \n')).toBe(`Hi ${HUMAN_HANDOVER}`);
  });
});

describe('stripHandover', () => {
  it('removes the marker and the space before it', () => {
    expect(stripHandover(`A colleague will take over. ${HUMAN_HANDOVER}`)).toBe(
      'A colleague will take over.',
    );
    expect(stripHandover(`a ${HUMAN_HANDOVER} b`)).toBe('a b');
    expect(stripHandover(`${HUMAN_HANDOVER}${HUMAN_HANDOVER}`)).toBe('');
  });

  it('leaves replies without a marker untouched, whitespace included', () => {
    expect(stripHandover('  Hello  ')).toBe('  Hello  ');
  });

  it('undoes withHandover', () => {
    for (const text of ['Hi', 'Line one\nLine two', 'Thanks!']) {
      expect(stripHandover(withHandover(text))).toBe(text);
    }
  });
});
