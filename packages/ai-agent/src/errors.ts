// The errors of this package, one family: catch `CaacAgentError` for all of them, or a subclass
// with `instanceof`. Each sets `name`, so logs and `error.name` checks tell them apart too.

/** Base class of every error `@caac/ai-agent` throws or hands to `onError`. */
export class CaacAgentError extends Error {
  override readonly name: string = 'CaacAgentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`[@caac/ai-agent] ${message}`, options);
  }
}

/**
 * An option of `createAiAgentHandler` is unusable; thrown at construction, so a misconfigured
 * agent fails at start-up instead of answering 401 to every request. Never contains a token.
 */
export class CaacAgentConfigError extends CaacAgentError {
  override readonly name: string = 'CaacAgentConfigError';
}

/**
 * The kit was wired up in a way it cannot work with (for example a framework read the body
 * first). Answered 500 and reported to `onError` with reason `internal`.
 */
export class CaacAgentIntegrationError extends CaacAgentError {
  override readonly name: string = 'CaacAgentIntegrationError';
}

/** `reply` did not finish before `deadlineMs`; the kit answered with the fallback reply. */
export class CaacAgentDeadlineError extends CaacAgentError {
  override readonly name: string = 'CaacAgentDeadlineError';
  constructor(readonly deadlineMs: number) {
    super(`reply did not finish within ${deadlineMs} ms; answered with the fallback reply`);
  }
}

/** `reply` resolved to something other than a string or `{ text, handover }`. */
export class CaacAgentInvalidReplyError extends CaacAgentError {
  override readonly name: string = 'CaacAgentInvalidReplyError';
  constructor(received: string) {
    super(
      `reply must return a string or { text, handover }, got ${received}; answered with the fallback reply`,
    );
  }
}
