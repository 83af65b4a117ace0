/** Longest `Retry-After` the client will wait; a longer one ends the retries. */
export const MAX_RETRY_AFTER_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Milliseconds a `Retry-After` value asks for: delta-seconds or an HTTP date; undefined if absent
 * or unreadable. A date in the past means "now" (0).
 * @example parseRetryAfter('2') // → 2000
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Delay before retry number `attempt + 1`: the server's `Retry-After` when present (undefined,
 * meaning "give up", if it exceeds `MAX_RETRY_AFTER_MS`), else exponential backoff from 0.5 s up
 * to 8 s, reduced by up to 25 % of jitter so clients that failed together do not retry together.
 * @example retryDelay(2, null) // → between 1500 and 2000
 */
export function retryDelay(attempt: number, retryAfter: string | null): number | undefined {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  return Math.min(INITIAL_DELAY_MS * 2 ** attempt, MAX_DELAY_MS) * (1 - Math.random() * 0.25);
}
