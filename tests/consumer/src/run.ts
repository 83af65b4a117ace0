// Child processes with a hard deadline. Every command a consumer check starts goes through here,
// so nothing can hang the suite: on timeout the whole process group is killed (npm and pnpm fork
// children that a plain `kill` of the parent would leave behind).
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace.js';

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export function run(command: string, args: readonly string[], options: RunOptions) {
  return new Promise<RunResult>((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
    });
  });
}

/** Like `run`, but a non-zero exit or a timeout is an error that carries the command's output. */
export async function runOk(command: string, args: readonly string[], options: RunOptions) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const why = result.timedOut
      ? `timed out after ${options.timeoutMs} ms`
      : `exited ${result.code}`;
    throw new Error(
      `${command} ${args.join(' ')} (in ${options.cwd}) ${why}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** Signals a detached child's whole process group; a group that is already gone is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group already exited.
  }
}

/**
 * The environment of a stranger's shell: without the `npm_config_*`/`npm_package_*` variables
 * pnpm exports to scripts, without NODE_OPTIONS from the test runner, and without the
 * workspace's `node_modules/.bin` on PATH, so the consumer project can only use what it installed.
 */
export function strangerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|INIT_CWD$|NODE_OPTIONS$|NODE_PATH$|VITEST|TURBO_)/i.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(
      (entry) => !entry.startsWith(WORKSPACE_ROOT) && !entry.includes(join('node_modules', '.bin')),
    )
    .join(delimiter);
  env.NO_COLOR = '1';
  return env;
}
