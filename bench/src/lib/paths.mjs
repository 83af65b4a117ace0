// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(benchDir, '..');
export const resultsDir = path.join(benchDir, 'results');
/** Scratch space inside the repo (git-ignored `.tmp/`), so copies still resolve the root node_modules. */
export const scratchDir = path.join(benchDir, '.tmp');

/** Thrown when what a benchmark measures is not there yet; the run records a skip, not a failure. */
export class NotReady extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'NotReady';
  }
}

/**
 * Fails with NotReady unless a workspace package has been built.
 * @param {string} folder e.g. `client`
 * @param {string} [file] a built file that must exist
 */
export function requireBuilt(folder, file = 'dist/index.js') {
  const target = path.join(repoRoot, 'packages', folder, file);
  if (!existsSync(target)) {
    throw new NotReady(
      `packages/${folder}/${file} is missing: run \`pnpm --filter @caac/${folder} build\` (\`pnpm bench\` builds it through turbo)`,
    );
  }
  return target;
}
