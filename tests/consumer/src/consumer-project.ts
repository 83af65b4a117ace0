// The throwaway project a stranger would have: outside the workspace, installed with plain npm
// from the packed tarballs (third-party dependencies come from the registry, as for a user).
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackedPackage } from './pack.js';
import { runOk, strangerEnv } from './run.js';
import { WORKSPACE_ROOT } from './workspace.js';

const INSTALL_TIMEOUT_MS = 240_000;

/** The workspace's own TypeScript and Node types, so type checks match what the packages build with. */
function workspaceVersion(name: string) {
  const manifest = join(WORKSPACE_ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The version a workspace package tests against, e.g. the AI SDK that @caac/tools uses. */
function toolsDevVersion(name: string) {
  const manifest = join(WORKSPACE_ROOT, 'packages', 'tools', 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export function consumerManifest(packed: readonly PackedPackage[]) {
  const tarballs = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${pkg.tarball}`]));
  return {
    name: 'caac-consumer-app',
    version: '1.0.0',
    private: true,
    dependencies: {
      ...tarballs,
      typescript: workspaceVersion('typescript'),
      // Optional peer of `@caac/tools/ai-sdk`: a user of that entry installs the AI SDK.
      ai: toolsDevVersion('ai'),
      '@types/node': workspaceVersion('@types/node'),
    },
    // Our packages depend on each other by version (`@caac/ai-agent` → `@caac/ai-agent-types`);
    // pin those to the tarballs too, so npm never asks the registry for an unreleased @caac name.
    overrides: Object.fromEntries(packed.map((pkg) => [pkg.name, `$${pkg.name}`])),
  };
}

export interface InstallResult {
  durationMs: number;
  warnings: string[];
}

export async function installConsumerProject(
  appDir: string,
  packed: readonly PackedPackage[],
): Promise<InstallResult> {
  await mkdir(appDir, { recursive: true });
  await writeFile(
    join(appDir, 'package.json'),
    `${JSON.stringify(consumerManifest(packed), null, 2)}\n`,
  );
  const result = await runOk(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=warn'],
    // Prism depends on @scarf/scarf, whose install script would phone home; keep it quiet.
    {
      cwd: appDir,
      timeoutMs: INSTALL_TIMEOUT_MS,
      env: { ...strangerEnv(), SCARF_ANALYTICS: 'false' },
    },
  );
  const warnings = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => /^npm warn/i.test(line));
  return { durationMs: result.durationMs, warnings };
}
