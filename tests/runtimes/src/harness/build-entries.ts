// Turns src/in-runtime/*.ts into what each runtime loads, inside the consumer project.
// Node, Bun and Deno get one file each with `@caac/*` left as imports, so each runtime resolves
// the installed packages itself (their `exports` conditions included). workerd and Chromium get
// a bundle, as wrangler or a web bundler would make one; the `browser` platform makes any
// `node:` import reachable from our packages fail the build, naming it.
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const IN_RUNTIME = resolve(dirname(fileURLToPath(import.meta.url)), '../in-runtime');

export type EntryName = 'node' | 'bun' | 'deno' | 'workerd' | 'browser';

/** Each runtime's built file, or why it could not be built (that runtime's tests then fail with it). */
export type RuntimeEntries = Record<EntryName, { file: string } | { error: string }>;

/** The built file of `name`; throws the build error, so only that runtime's tests fail. */
export function entryFile(entries: RuntimeEntries, name: EntryName) {
  const entry = entries[name];
  if ('error' in entry) throw new Error(`building the ${name} entry failed:\n${entry.error}`);
  return entry.file;
}

async function buildOne(
  appDir: string,
  name: EntryName,
  bundlePackages: boolean,
): Promise<RuntimeEntries[EntryName]> {
  const outfile = join(appDir, 'runtime-suite', `${name}.mjs`);
  try {
    await build({
      entryPoints: [join(appDir, 'runtime-suite', 'src', `${name}.ts`)],
      outfile,
      bundle: true,
      format: 'esm',
      platform: bundlePackages ? 'browser' : 'neutral',
      external: bundlePackages ? [] : ['@caac/*', 'node:*'],
      conditions: name === 'workerd' ? ['workerd', 'worker', 'browser'] : ['browser'],
      target: 'es2022',
      logLevel: 'silent',
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return { file: outfile };
}

export async function buildRuntimeEntries(appDir: string): Promise<RuntimeEntries> {
  await mkdir(join(appDir, 'runtime-suite'), { recursive: true });
  // Built from a copy inside the project, so `@caac/*` resolves to the installed tarballs and
  // never to the workspace links next to this file.
  await cp(IN_RUNTIME, join(appDir, 'runtime-suite', 'src'), { recursive: true });
  return {
    node: await buildOne(appDir, 'node', false),
    bun: await buildOne(appDir, 'bun', false),
    deno: await buildOne(appDir, 'deno', false),
    workerd: await buildOne(appDir, 'workerd', true),
    browser: await buildOne(appDir, 'browser', true),
  };
}
