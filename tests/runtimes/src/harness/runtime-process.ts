// A runtime process serving the agent app: started, waited for (bounded), stopped. The entry
// prints one JSON line `{ listening, version }` on stdout when it serves; workerd reports its
// port on a control pipe instead (see workerd.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { killGroup } from '../../../consumer/src/run.js';

export const AGENT_TOKEN = 'runtime-suite-agent-token';
const START_TIMEOUT_MS = 60_000;

export interface RuntimeServer {
  name: string;
  url: string;
  version: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  close(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Reads the address from somewhere else than the first stdout line (workerd). */
  listening?: (child: ChildProcess) => Promise<string>;
  version?: string;
}

export function startRuntime(options: StartOptions): Promise<RuntimeServer> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...options.env, CAAC_AGENT_TOKEN: AGENT_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('close', () => {
      exited = true;
      resolve();
    }),
  );
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const server = (url: string, version: string): RuntimeServer => ({
    name: options.name,
    url,
    version,
    output: () => output,
    async close() {
      if (exited) return;
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  });
  return new Promise<RuntimeServer>((resolve, reject) => {
    const fail = (why: string) => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${options.name} ${why}\n--- its output ---\n${output}`));
    };
    const timer = setTimeout(
      () => fail(`did not serve within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    void exit.then(() => fail('exited before serving'));
    if (options.listening) {
      options.listening(child).then(
        (url) => {
          clearTimeout(timer);
          resolve(server(url, options.version ?? 'unknown'));
        },
        (error: Error) => fail(error.message),
      );
      return;
    }
    let pending = '';
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // The last piece is an unfinished line; it is completed by a later chunk.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{"listening"')) continue;
        const { listening, version } = JSON.parse(line) as { listening: string; version: string };
        clearTimeout(timer);
        resolve(server(listening, version));
      }
    });
  });
}
