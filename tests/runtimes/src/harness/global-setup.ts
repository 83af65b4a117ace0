// Packs every public package and installs the tarballs into one throwaway project (the consumer
// suite's way, reused from tests/consumer), then builds each runtime's entry next to it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installConsumerProject } from '../../../consumer/src/consumer-project.js';
import { packAll } from '../../../consumer/src/pack.js';
import { listPublicPackages } from '../../../consumer/src/workspace.js';
import { buildRuntimeEntries } from './build-entries.js';
import type { RuntimeSuiteContext } from './context.js';

export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(join(tmpdir(), 'caac-runtimes-'));
  const teardown = async () => {
    if (process.env.CAAC_RUNTIMES_KEEP === '1') {
      console.info(`[runtimes] kept ${workDir}`);
      return;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    const packages = await packAll(listPublicPackages(), join(workDir, 'tarballs'));
    const appDir = join(workDir, 'app');
    const install = await installConsumerProject(appDir, packages);
    const entries = await buildRuntimeEntries(appDir);
    console.info(
      `[runtimes] packed ${packages.length} packages and installed them in ${Date.now() - started} ms ` +
        `(npm install ${install.durationMs} ms)`,
    );
    const context: RuntimeSuiteContext = { workDir, appDir, entries };
    project.provide('runtimes', context);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
