// The mock's diagnostics go through one function, so a partner's logger (the same object they
// give @caac/client and @caac/ai-agent) sees them, and without one nothing changes: warnings
// stay process warnings and per-request lines stay off.

/**
 * Anything with console-style methods: `console`, pino, winston, … The same shape as
 * `CaacLogger` of `@caac/client` and the `logger` of `@caac/ai-agent`, so one object serves all.
 */
export interface CaacMockLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export type MockLogLevel = keyof CaacMockLogger;

/** Writes one diagnostic line; `enabled('debug')` says whether building a debug line is worth it. */
export interface MockLog {
  (level: MockLogLevel, message: string, details?: Record<string, unknown>): void;
  enabled(level: MockLogLevel): boolean;
}

const PREFIX = '[@caac/mock-server]';

/**
 * The log function of one mock. With a logger, every level goes to it, prefixed; a logger that
 * throws never breaks a request (its line becomes a process warning). Without one, `warn` and
 * `error` are process warnings (`CaacMockWarning`) and `debug`/`info` are dropped.
 *
 * @example
 * const log = createMockLog(console);
 * log('warn', 'onRequest listener threw: boom');
 */
export function createMockLog(logger: CaacMockLogger | undefined): MockLog {
  const warnProcess = (message: string) => process.emitWarning(message, 'CaacMockWarning');
  const log = (level: MockLogLevel, message: string, details?: Record<string, unknown>) => {
    if (!logger) {
      if (level === 'warn' || level === 'error') warnProcess(message);
      return;
    }
    try {
      logger[level](`${PREFIX} ${message}`, details);
    } catch (error) {
      warnProcess(`logger.${level} threw (${String(error)}) on: ${message}`);
    }
  };
  return Object.assign(log, {
    enabled: (level: MockLogLevel) => logger !== undefined || level === 'warn' || level === 'error',
  });
}
