// How each runtime is started on the entry built for it. Each runs in the consumer project, with
// a stranger's environment and nothing but loopback network.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { strangerEnv } from '../../../consumer/src/run.js';
import { bunBinary, denoBinary, workerdBinary } from './binaries.js';
import { entryFile } from './build-entries.js';
import type { RuntimeSuiteContext } from './context.js';
import { AGENT_TOKEN, type RuntimeServer, startRuntime } from './runtime-process.js';
import { workerdConfig, workerdListening } from './workerd-config.js';

/**
 * A registry nobody answers on (port 9 is discard, on loopback): proves Bun and Deno run from the
 * installed node_modules and never reach for a registry.
 */
const NO_REGISTRY = {
  NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
  BUN_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
};

export type RuntimeName = 'node' | 'bun' | 'deno' | 'workerd';

export function startNode(context: RuntimeSuiteContext): Promise<RuntimeServer> {
  return startRuntime({
    name: 'node',
    command: process.execPath,
    args: [entryFile(context.entries, 'node')],
    cwd: context.appDir,
    env: strangerEnv(),
  });
}

export function startBun(context: RuntimeSuiteContext): Promise<RuntimeServer> {
  return startRuntime({
    name: 'bun',
    command: bunBinary(),
    args: ['run', entryFile(context.entries, 'bun')],
    cwd: context.appDir,
    env: {
      ...strangerEnv(),
      ...NO_REGISTRY,
      DO_NOT_TRACK: '1',
      BUN_INSTALL_CACHE_DIR: join(context.workDir, 'bun-cache'),
    },
  });
}

export function startDeno(context: RuntimeSuiteContext): Promise<RuntimeServer> {
  return startRuntime({
    name: 'deno',
    command: denoBinary(),
    args: [
      'run',
      // The packages come from the project's node_modules; Deno installs nothing.
      '--node-modules-dir=manual',
      '--no-prompt',
      '--allow-net=127.0.0.1',
      '--allow-env=CAAC_AGENT_TOKEN',
      // Deno's new abort mode: request.signal aborts only on a hang-up, so the app opts in to
      // watchHangUp without Deno's legacy-abort warning.
      '--unstable-no-legacy-abort',
      entryFile(context.entries, 'deno'),
    ],
    cwd: context.appDir,
    env: {
      ...strangerEnv(),
      ...NO_REGISTRY,
      DENO_DIR: join(context.workDir, 'deno-dir'),
      DENO_NO_UPDATE_CHECK: '1',
    },
  });
}

export async function startWorkerd(context: RuntimeSuiteContext): Promise<RuntimeServer> {
  const binary = workerdBinary();
  const moduleFile = basename(entryFile(context.entries, 'workerd'));
  const config = join(context.appDir, 'runtime-suite', 'workerd.capnp');
  await writeFile(config, workerdConfig(moduleFile, AGENT_TOKEN));
  return startRuntime({
    name: 'workerd',
    command: binary,
    args: ['serve', config, '--control-fd=3'],
    cwd: join(context.appDir, 'runtime-suite'),
    env: strangerEnv(),
    listening: workerdListening,
    version: execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim(),
  });
}

export const START: Record<RuntimeName, (context: RuntimeSuiteContext) => Promise<RuntimeServer>> =
  {
    node: startNode,
    bun: startBun,
    deno: startDeno,
    workerd: startWorkerd,
  };
