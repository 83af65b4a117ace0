/** Where the model reads the time; tests and seeds may pin it so answers repeat. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** ISO 8601 date-time of a clock reading, as the spec's `format: date-time` fields expect. */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
