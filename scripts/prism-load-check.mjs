// @ts-check
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const READY = /Prism is listening/;
const PROBLEM = /warn|error|⚠|✖|fatal/i;
const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Starts plain `prism mock` on the spec (loopback, free port) and returns every warning or error
 * it printed before it was ready. An empty array means Prism accepted the document cleanly.
 * @param {string} root repository root
 * @param {string} spec repo-relative spec path
 * @returns {Promise<string[]>}
 */
export async function prismStartupProblems(root, spec) {
  const port = await freePort();
  const bin = path.join(root, 'packages/mock-server/node_modules/.bin/prism');
  const child = spawn(
    bin,
    ['mock', spec, '--host', '127.0.0.1', '--port', String(port), '--errors'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  /** @type {string[]} */
  const problems = [];
  let output = '';
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`Prism did not start on ${spec} within ${STARTUP_TIMEOUT_MS} ms:\n${output}`),
          ),
        STARTUP_TIMEOUT_MS,
      );
      const onData = (/** @type {Buffer} */ chunk) => {
        output += chunk.toString();
        for (const line of chunk.toString().split('\n')) {
          if (PROBLEM.test(line)) problems.push(line.trim());
        }
        if (READY.test(output)) {
          clearTimeout(timer);
          resolve(undefined);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with ${code} on ${spec}:\n${output}`));
      });
    });
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
  return problems;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
