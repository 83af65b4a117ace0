// The errors of this package, one family: catch `CaacMockError` for all of them, or a subclass
// with `instanceof`. Each sets `name`, so logs and `error.name` checks tell them apart too. The
// names follow @caac/client (`CaacError`) and @caac/ai-agent (`CaacAgentError`).

const PREFIX = '[@caac/mock-server]';

/**
 * Base class of every error `@caac/mock-server` throws to its caller.
 *
 * @example
 * try {
 *   await startMockServer({ latencyMs: -1 });
 * } catch (error) {
 *   if (error instanceof CaacMockError) console.error(error.name, error.detail);
 * }
 */
export class CaacMockError extends Error {
  override readonly name: string = 'CaacMockError';
  /** The message without the `[@caac/mock-server]` prefix (what the control routes answer). */
  readonly detail: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(`${PREFIX} ${message}`, options);
    this.detail = message;
  }
}

/**
 * An option, CLI flag or agent setting is unusable (out of range, malformed, or given without the
 * mode it needs); thrown at start, so a typo fails loudly instead of on every request.
 * Never contains a token.
 */
export class CaacMockConfigError extends CaacMockError {
  override readonly name: string = 'CaacMockConfigError';
}

/**
 * A seed, seed file, state file or snapshot cannot be read or does not pass the seed checks;
 * the message lists every problem and names the file.
 */
export class CaacMockSeedError extends CaacMockError {
  override readonly name: string = 'CaacMockSeedError';
}

/** A call that needs the stateful simulator was made on a mock started without `stateful: true`. */
export class CaacMockStateError extends CaacMockError {
  override readonly name: string = 'CaacMockStateError';
}

/** The OpenAPI document cannot be served: the file is missing or Prism finds no operations in it. */
export class CaacMockSpecError extends CaacMockError {
  override readonly name: string = 'CaacMockSpecError';
}

/**
 * Input to the conversation loop (`memberSays`, `setAgent`'s tenant) names nothing or is empty.
 * `status` is what the matching control route answers.
 */
export class CaacMockInputError extends CaacMockError {
  override readonly name: string = 'CaacMockInputError';
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** The server cannot listen on the asked host and port; `code` is Node's (`EADDRINUSE`, …). */
export class CaacMockListenError extends CaacMockError {
  override readonly name: string = 'CaacMockListenError';
  constructor(
    readonly code: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
