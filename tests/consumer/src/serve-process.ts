// Starts a long-running CLI, waits (bounded) for the line that says where it listens, and stops
// it with SIGTERM the way a terminal or a process manager would.
import { type ChildProcess, spawn } from 'node:child_process';
import { killGroup } from './run.js';

export interface ServeProcess {
  url: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code; kills the group if it ignores the signal. */
  stop: (timeoutMs?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const LOOPBACK_URL = /https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)/;

export function startServeProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; readyTimeoutMs: number },
): Promise<ServeProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} ${why}\n${output}`));
    };
    const timer = setTimeout(
      () => fail(`printed no loopback URL in ${options.readyTimeoutMs} ms`),
      options.readyTimeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LOOPBACK_URL.exec(output);
      if (!match || match[1] === '0') return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        output: () => output,
        stop: (timeoutMs) => stop(child, exited, timeoutMs),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    void exited.then(({ code, signal }) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

async function stop(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  timeoutMs = 10_000,
) {
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<{ code: null; signal: 'SIGKILL' }>((resolve) => {
    timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      resolve({ code: null, signal: 'SIGKILL' });
    }, timeoutMs);
  });
  const result = await Promise.race([exited, forced]);
  clearTimeout(timer);
  // Whatever the CLI spawned itself must not outlive it.
  killGroup(child.pid, 'SIGKILL');
  return result;
}
