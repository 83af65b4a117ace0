import { CaacError, PREFIX } from './errors.js';
import type { Redact } from './redact.js';

/** How much the client logs; `off` (the default without a logger) logs nothing. */
export type CaacLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Anything with console-style methods: `console`, pino, winston, … */
export interface CaacLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Writes one redacted log line if `level` is enabled. */
export type Log = (
  level: Exclude<CaacLogLevel, 'off'>,
  message: string,
  details: Record<string, unknown>,
) => void;

const RANK = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;

/**
 * Builds the leveled, redacting log function. A custom logger with no level gets everything
 * from `debug` up (it filters itself); with neither, logging is off and this returns undefined,
 * so callers skip building log lines altogether.
 * @example createLog({ logLevel: 'warn' }, redact)?.('warn', 'retrying', { attempt: 1 })
 */
export function createLog(
  options: { logger?: CaacLogger | undefined; logLevel?: CaacLogLevel | undefined },
  redact: Redact,
): Log | undefined {
  const level = options.logLevel ?? (options.logger ? 'debug' : 'off');
  const min: number | undefined = RANK[level];
  if (min === undefined) {
    throw new CaacError(`logLevel must be one of ${Object.keys(RANK).join(', ')}; got "${level}"`);
  }
  if (level === 'off') return undefined;
  const logger = options.logger ?? console;
  return (at, message, details) => {
    if (RANK[at] >= min) logger[at](`${PREFIX} ${redact(message)}`, redact(details));
  };
}
