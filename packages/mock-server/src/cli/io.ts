/** What the CLI commands touch of the outside world, so tests can run them in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves with the signal's name when the user asks the running command to stop. */
  readonly waitForStop: () => Promise<string>;
  /** What the user types or pipes in (`caac-mock chat`). */
  readonly stdin?: NodeJS.ReadableStream;
}

/**
 * The real process: stdout, stderr, environment, and SIGINT/SIGTERM as the stop request.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return {
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    env: process.env,
    stdin: process.stdin,
    waitForStop: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  };
}

/**
 * Writes to a standard stream until its reader goes away (`caac-mock check-agent … | head`): then
 * the rest is dropped instead of crashing on EPIPE, so the command still finishes its work (the
 * `--json` file) and exits with its own code.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== 'EPIPE' && stream !== process.stderr) {
      process.stderr.write(`caac-mock: cannot write the output: ${error.message}\n`);
    }
  });
  return (text) => {
    if (open) stream.write(text);
  };
}
