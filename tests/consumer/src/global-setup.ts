// Packs every public package and installs all tarballs into ONE consumer project, once per run:
// the install is the slow part, and every check reads the same installed files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installConsumerProject } from './consumer-project.js';
import type { ConsumerContext } from './context.js';
import { packAll } from './pack.js';
import { listPublicPackages } from './workspace.js';

export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(join(tmpdir(), 'caac-consumer-'));
  const teardown = async () => {
    // CAAC_CONSUMER_KEEP=1 keeps the project for debugging a failure by hand.
    if (process.env.CAAC_CONSUMER_KEEP === '1') {
      console.info(`[consumer] kept ${workDir}`);
      return;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    const packages = await packAll(listPublicPackages(), join(workDir, 'tarballs'));
    const packedAt = Date.now();
    const appDir = join(workDir, 'app');
    const install = await installConsumerProject(appDir, packages);
    console.info(
      `[consumer] packed ${packages.length} packages in ${packedAt - started} ms, ` +
        `npm install took ${install.durationMs} ms`,
    );
    // Shown here; load.test.ts fails on those that are about our packages or their dependencies.
    for (const warning of install.warnings) console.info(`[consumer] ${warning}`);
    const context: ConsumerContext = {
      workDir,
      appDir,
      packages,
      installWarnings: install.warnings,
    };
    project.provide('consumer', context);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
