// @ts-check
// What the numbers were measured on: ratios travel between machines, absolute numbers do not, so
// every result file says which CPU, how many cores, which Node and which package versions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { benchDir, repoRoot } from './paths.mjs';

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // Load average when the run started: a number near the core count means others were busy.
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

const requireFromBench = createRequire(path.join(benchDir, 'package.json'));
const requireFromMock = createRequire(path.join(repoRoot, 'packages/mock-server/package.json'));

/** Installed versions of everything measured, ours and the baselines. */
export function packageVersions() {
  /** @type {Record<string, string>} */
  const versions = {};
  const ours = ['client', 'ai-agent', 'ai-agent-types', 'mock-server'];
  for (const name of ours) {
    versions[`@caac/${name}`] = readVersion(path.join(repoRoot, 'packages', name, 'package.json'));
  }
  for (const name of [
    'openapi-fetch',
    'undici',
    'ky',
    'axios',
    'openai',
    'autocannon',
    'esbuild',
  ]) {
    versions[name] = resolveVersion(requireFromBench, name);
  }
  versions['@stoplight/prism-cli'] = resolveVersion(requireFromMock, '@stoplight/prism-cli');
  return versions;
}

/** @param {NodeRequire} require @param {string} name */
function resolveVersion(require, name) {
  try {
    return readVersion(require.resolve(`${name}/package.json`));
  } catch {
    return 'not installed';
  }
}

/** @param {string} file */
function readVersion(file) {
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
}
