// Starts the built `caac-mcp` bin the way an MCP client would, and keeps its stderr.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/caac-mcp.js', import.meta.url));

export interface HttpProcess {
  url: string;
  stderr: string[];
  stop(): Promise<void>;
}

/** Spawns `caac-mcp --transport http --port 0` and resolves with the URL it prints. */
export async function startHttpProcess(
  args: string[],
  env: Record<string, string>,
): Promise<HttpProcess> {
  const child = spawn(process.execPath, [BIN, '--transport', 'http', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in 60 s: ${stderr.join('')}`)), 60_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
      const match = /at (http:\/\/\S+)/.exec(stderr.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`caac-mcp exited with ${code}: ${stderr.join('')}`));
    });
  });
  return { url, stderr, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
