// Where the workspace is and which of its packages are published: the one list every consumer
// check iterates over, so a new public package cannot slip past them unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface PublicPackage {
  name: string;
  version: string;
  dir: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

/** Every package under `packages/` that is not private, i.e. everything `changeset publish` ships. */
export function listPublicPackages(): PublicPackage[] {
  const packagesDir = join(WORKSPACE_ROOT, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .flatMap((dir) => {
      const manifest = readManifest(dir);
      return manifest && !manifest.private
        ? [{ name: manifest.name, version: manifest.version, dir }]
        : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
