// The runtimes' binaries, from the registry packages pinned in this package's devDependencies.
// Bun, Deno and workerd ship one platform package each as an optional dependency; their own
// postinstall scripts are not run (pnpm builds only what the workspace allows), so the binary is
// taken straight from the platform package.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function platformBinary(runtime: string, platformPackages: Record<string, string>, file: string) {
  const key = `${process.platform}-${process.arch}`;
  const platformPackage = platformPackages[key];
  if (!platformPackage) throw new Error(`no ${runtime} binary package known for ${key}`);
  const fromRuntime = createRequire(require.resolve(`${runtime}/package.json`));
  let dir: string;
  try {
    dir = dirname(fromRuntime.resolve(`${platformPackage}/package.json`));
  } catch {
    throw new Error(
      `${platformPackage} (${runtime}'s binary for ${key}) is not installed: run pnpm install`,
    );
  }
  const binary = join(dir, file);
  if (!existsSync(binary)) throw new Error(`${binary} is missing from ${platformPackage}`);
  return binary;
}

export const bunBinary = () =>
  platformBinary(
    'bun',
    {
      'linux-x64': '@oven/bun-linux-x64',
      'linux-arm64': '@oven/bun-linux-aarch64',
      'darwin-arm64': '@oven/bun-darwin-aarch64',
      'darwin-x64': '@oven/bun-darwin-x64',
    },
    'bin/bun',
  );

export const denoBinary = () =>
  platformBinary(
    'deno',
    {
      'linux-x64': '@deno/linux-x64-glibc',
      'linux-arm64': '@deno/linux-arm64-glibc',
      'darwin-arm64': '@deno/darwin-arm64',
      'darwin-x64': '@deno/darwin-x64',
    },
    'deno',
  );

export const workerdBinary = () =>
  platformBinary(
    'workerd',
    {
      'linux-x64': '@cloudflare/workerd-linux-64',
      'linux-arm64': '@cloudflare/workerd-linux-arm64',
      'darwin-arm64': '@cloudflare/workerd-darwin-arm64',
      'darwin-x64': '@cloudflare/workerd-darwin-64',
    },
    'bin/workerd',
  );

/**
 * Chromium from the machine: found by path, never downloaded. GitHub's Ubuntu runners have no
 * Chromium package but ship Google Chrome, the same engine, so it is the last candidate.
 */
export function chromiumBinary() {
  const candidates = [
    process.env.CAAC_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found (looked for $CAAC_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser, ' +
        '/usr/bin/google-chrome): install it with `apt-get install chromium`, or set CAAC_CHROMIUM to its path',
    );
  }
  return found;
}
