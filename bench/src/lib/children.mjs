// @ts-check
// Servers under test run in child processes: the load generator keeps its own core, and each
// server's resident memory can be read on its own. Every child is killed when the bench exits,
// however it exits, so a failed run never leaves a server holding a port or memory.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from './paths.mjs';

/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();

function killAll() {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}
process.on('exit', killAll);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/**
 * @typedef {object} Child
 * @property {number} pid
 * @property {import('node:child_process').ChildProcess} process
 * @property {() => string} output what the child printed so far (for error messages)
 * @property {() => Promise<void>} stop SIGTERM, then SIGKILL after a grace period
 */

/**
 * Starts a Node script with an IPC channel. Its output goes to a log file, not a pipe: servers that
 * log every request (plain Prism does) would otherwise make the bench process, which is also the
 * load generator, spend CPU reading their logs.
 * @param {string[]} args arguments to `node`
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Child}
 */
export function startNode(args, options = {}) {
  const logDir = path.join(scratchDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(
    logDir,
    `${path.basename(args.find((a) => a.endsWith('.js') || a.endsWith('.mjs')) ?? 'child')}-${Date.now()}.log`,
  );
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  const pid = child.pid;
  return {
    pid,
    process: child,
    output: () => {
      try {
        return `${logFile}:\n${readFileSync(logFile, 'utf8').slice(-4000)}`;
      } catch {
        return logFile;
      }
    },
    stop: () => stopChild(child),
  };
}

/** @param {import('node:child_process').ChildProcess} child */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
  live.delete(child);
}

/**
 * Waits for the child's first IPC message (servers send `{ port }` once listening).
 * @template T
 * @param {Child} child
 * @param {number} timeoutMs
 * @returns {Promise<T>}
 */
export function firstMessage(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`child ${child.pid} sent nothing within ${timeoutMs} ms:\n${child.output()}`),
      );
    }, timeoutMs);
    const onMessage = (/** @type {T} */ message) => {
      cleanup();
      resolve(message);
    };
    const onExit = (/** @type {number | null} */ code) => {
      cleanup();
      reject(
        new Error(`child ${child.pid} exited with ${code} before it was ready:\n${child.output()}`),
      );
    };
    function cleanup() {
      clearTimeout(timer);
      child.process.off('message', onMessage);
      child.process.off('exit', onExit);
    }
    child.process.on('message', onMessage);
    child.process.on('exit', onExit);
  });
}

/**
 * Resident memory of a process and all its descendants, in bytes: current (VmRSS) and peak
 * (VmHWM). Summing the tree keeps the number honest if a server forks workers. Linux only.
 * @param {number} rootPid
 */
export function treeMemory(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces, so parse after its closing parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // process ended while listing
    }
  }
  let rss = 0;
  let peak = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = /** @type {number} */ (queue.pop());
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += kib(status, 'VmRSS') * 1024;
      peak += kib(status, 'VmHWM') * 1024;
    } catch {
      // process ended while reading
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { rss, peak };
}

/** @param {string} status @param {string} field */
function kib(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
