/** A command-line mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Runs a parser (usually `util.parseArgs` in strict mode) and turns its errors into
 * {@link UsageError}s, so a typo in a flag prints usage instead of a stack trace.
 *
 * @example
 * const { values } = asUsage(() => parseArgs({ args, options, allowPositionals: true }));
 */
export function asUsage<T>(parser: () => T): T {
  try {
    return parser();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads an integer flag value within bounds.
 *
 * @example
 * integer('--port', '4010', 0, 65535); // 4010
 */
export function integer(flag: string, value: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(value.trim()))
    throw new UsageError(`${flag} must be an integer, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max)
    throw new UsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}
