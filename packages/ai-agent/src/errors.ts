// Named errors the kit hands to `onError`, so callers can tell causes apart with `instanceof`.

/** `reply` did not finish before `deadlineMs`; the kit answered with the fallback reply. */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError';
  constructor(readonly deadlineMs: number) {
    super(
      `[@caac/ai-agent] reply did not finish within ${deadlineMs} ms; answered with the fallback reply`,
    );
  }
}

/** `reply` resolved to something other than a string or `{ text, handover }`. */
export class InvalidReplyError extends TypeError {
  override readonly name = 'InvalidReplyError';
  constructor(received: string) {
    super(
      `[@caac/ai-agent] reply must return a string or { text, handover }, got ${received}; answered with the fallback reply`,
    );
  }
}
