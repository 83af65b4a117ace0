import type { CliIo } from '../../src/cli/io.js';

/** In-memory stdout/stderr and a stop button, to run CLI commands inside the test process. */
export function memoryIo(env: Record<string, string | undefined> = {}) {
  let out = '';
  let err = '';
  let stop: ((signal: string) => void) | undefined;
  const stopRequested = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    waitForStop: () => stopRequested,
  };
  return {
    io,
    stdout: () => out,
    stderr: () => err,
    /** Simulates Ctrl-C / SIGTERM. */
    stop: (signal = 'SIGTERM') => stop?.(signal),
    /** Resolves once stdout matches, or rejects after `timeoutMs`. */
    async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = out.match(pattern);
        if (match) return match;
        if (Date.now() > deadline)
          throw new Error(`stdout never matched ${pattern}:\n${out}${err}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}
