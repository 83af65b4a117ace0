// @ts-check
// The quiet build behind `pnpm start`, `pnpm example:*` and `pnpm check-agent`: turbo rebuilds only
// the packages whose inputs changed (an unchanged tree is a cache hit in well under a second), and
// its output is kept to itself unless the build fails.
import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * @typedef {{ ok: boolean, cached: number, total: number, seconds: number, output: string }} BuildOutcome
 */

/**
 * Builds a workspace package and everything it depends on, through turbo's cache.
 * @param {string} root repository root
 * @param {string} pkg package name, e.g. `@caac/mock-server`
 * @returns {Promise<BuildOutcome>}
 * @example
 * const build = await buildIfChanged(root, '@caac/client');
 * if (!build.ok) process.stderr.write(build.output);
 */
export function buildIfChanged(root, pkg) {
  const started = performance.now();
  // turbo's own binary, not `pnpm exec turbo`: pnpm's start-up alone costs a second or more.
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  const child = spawn(
    turbo,
    ['run', 'build', `--filter=${pkg}...`, '--output-logs=errors-only', '--ui=stream'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TURBO_NO_UPDATE_NOTIFIER: '1', TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      resolve({
        ok: false,
        cached: 0,
        total: 0,
        seconds: 0,
        output: `${turbo}: ${error.message}\n`,
      });
    });
    child.on('close', (code) => {
      const tasks = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
      resolve({
        ok: code === 0,
        cached: Number(tasks?.[1] ?? 0),
        total: Number(tasks?.[2] ?? 0),
        seconds: (performance.now() - started) / 1000,
        output,
      });
    });
  });
}

/**
 * One line about the build, or nothing when every package was already up to date.
 * @param {string} pkg
 * @param {BuildOutcome} build
 */
export function describeBuild(pkg, build) {
  if (!build.ok) return `build of ${pkg} failed:\n${build.output}`;
  const rebuilt = build.total - build.cached;
  if (rebuilt === 0) return '';
  return `built ${rebuilt} changed package${rebuilt === 1 ? '' : 's'} for ${pkg} in ${build.seconds.toFixed(1)} s\n`;
}
