import type { Parsed } from './prefer.js';

/** Header that injects a fault into one request. */
export const FAULT_HEADER = 'x-caac-mock-fault';
/** Header that delays one response by some milliseconds. */
export const DELAY_HEADER = 'x-caac-mock-delay';
/** Upper bound for an injected delay: long enough to trip a 45 s deadline, short enough to end. */
export const MAX_DELAY_MS = 120_000;

/** A fault the mock injects instead of the normal answer. */
export type Fault =
  | {
      readonly kind: 'status';
      /** 4xx or 5xx, answered with the operation's own example for that status when it has one. */
      readonly status: number;
      /** Seconds for `Retry-After` (429 and 503 default to 1 so retry tests stay fast). */
      readonly retryAfter?: number;
      /** Only the first `times` matching requests fail; later ones are answered normally. */
      readonly times?: number;
      /** Names a fault budget shared by requests, instead of one per method + path. */
      readonly id?: string;
      /** The text it was parsed from, for the journal. */
      readonly source: string;
    }
  | {
      readonly kind: 'drop';
      readonly times?: number;
      readonly id?: string;
      readonly source: string;
    };

/**
 * Parses a fault: `429`, `429;retry-after=2`, `503;retry-after=0;times=2`, `500`, `drop`,
 * `drop;times=1;id=flaky-upload`.
 *
 * @example
 * parseFault('429;retry-after=2'); // { ok: true, value: { kind: 'status', status: 429, retryAfter: 2, source: '429;retry-after=2' } }
 */
export function parseFault(text: string): Parsed<Fault> {
  const source = text.trim();
  const [head = '', ...params] = source.split(';').map((part) => part.trim());
  const options: { retryAfter?: number; times?: number; id?: string } = {};
  for (const param of params) {
    if (param === '') continue;
    const [name = '', value = ''] = param.split('=').map((part) => part.trim());
    switch (name.toLowerCase()) {
      case 'retry-after':
        if (!/^\d+$/.test(value)) return fail(`retry-after must be whole seconds, got "${value}"`);
        options.retryAfter = Number(value);
        break;
      case 'times':
        if (!/^[1-9]\d*$/.test(value))
          return fail(`times must be a positive integer, got "${value}"`);
        options.times = Number(value);
        break;
      case 'id':
        if (value === '') return fail('id must not be empty');
        options.id = value;
        break;
      default:
        return fail(`unknown fault parameter "${name}" (use retry-after, times or id)`);
    }
  }
  if (head.toLowerCase() === 'drop') {
    if (options.retryAfter !== undefined) return fail('retry-after does not apply to drop');
    return { ok: true, value: { kind: 'drop', ...withoutRetryAfter(options), source } };
  }
  if (!/^[45]\d\d$/.test(head)) {
    return fail(`fault must be a 4xx/5xx status or "drop", got "${head}"`);
  }
  return { ok: true, value: { kind: 'status', status: Number(head), ...options, source } };
}

/**
 * Parses an injected delay in milliseconds (`250`), capped at {@link MAX_DELAY_MS}.
 *
 * @example
 * parseDelay('250'); // { ok: true, value: 250 }
 */
export function parseDelay(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return fail(`delay must be whole milliseconds, got "${trimmed}"`);
  const ms = Number(trimmed);
  if (ms > MAX_DELAY_MS) return fail(`delay must be at most ${MAX_DELAY_MS} ms, got ${ms}`);
  return { ok: true, value: ms };
}

function withoutRetryAfter(options: { retryAfter?: number; times?: number; id?: string }) {
  const { retryAfter: _ignored, ...rest } = options;
  return rest;
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
