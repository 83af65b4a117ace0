#!/usr/bin/env node
// @ts-check
// `pnpm start`, `pnpm check-agent`, `pnpm example:client` and `pnpm example:agent`: build what
// changed (quietly, through turbo's cache), then run the command in the foreground so its own
// output (the mock's banner) is the last thing on screen.
//
// Ctrl-C reaches the whole foreground process group; the command stops on its own and this process
// exits with the command's code, 0 for a clean stop, so pnpm does not report a failed script.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfChanged, describeBuild } from './build-if-changed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {Record<string, { pkg: string, command: (args: string[]) => string[] }>} */
export const TASKS = {
  start: {
    pkg: '@caac/mock-server',
    command: (args) => ['packages/mock-server/dist/cli.js', 'serve', ...args],
  },
  'check-agent': {
    pkg: '@caac/mock-server',
    command: (args) => ['packages/mock-server/dist/cli.js', 'check-agent', ...args],
  },
  'example:client': {
    pkg: '@caac/client',
    command: (args) => ['examples/client-quickstart/src/main.js', ...args],
  },
  'example:agent': {
    pkg: '@caac/ai-agent',
    command: (args) => ['examples/node-http-agent/src/main.js', ...args],
  },
};

/**
 * The arguments after the task name as the command should see them. `pnpm start -- --port 4011`
 * hands this script a literal `--`, which the command would reject.
 * @param {string[]} args
 */
export function commandArgs(args) {
  return args[0] === '--' ? args.slice(1) : args;
}

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const task = name ? TASKS[name] : undefined;
  if (!task) {
    process.stderr.write(
      `usage: node scripts/dev/run.mjs <${Object.keys(TASKS).join('|')}> [args]\n`,
    );
    return 2;
  }
  // CAAC_DEV_BUILD=0 skips the build: for callers that built already (the repo's own tests, which
  // must not rebuild dist/ while other suites read it).
  if (process.env.CAAC_DEV_BUILD !== '0') {
    const build = await buildIfChanged(root, task.pkg);
    const note = describeBuild(task.pkg, build);
    process.stderr.write(note);
    if (!build.ok) return 1;
  }

  const child = spawn(process.execPath, task.command(commandArgs(rest)), {
    cwd: root,
    stdio: 'inherit',
  });
  // The terminal's Ctrl-C already reaches the child (same process group), so SIGINT is only kept
  // from ending this process early; passing it on would make the child see it twice. A stop sent to
  // this process alone (SIGTERM, SIGHUP) is passed on. Either way the child decides when it is done.
  process.on('SIGINT', () => {});
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      // Stopped by Ctrl-C or a stop request: a clean end, not a failure.
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
