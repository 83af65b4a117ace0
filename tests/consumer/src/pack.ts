// `pnpm pack` is what `changeset publish` ships: it rewrites `workspace:` ranges to real versions
// and applies `files`/`publishConfig`, so every consumer check starts from these tarballs and
// never from the workspace folders.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runOk } from './run.js';
import type { PublicPackage } from './workspace.js';

export interface PackedPackage extends PublicPackage {
  tarball: string;
}

const PACK_TIMEOUT_MS = 60_000;

export async function packPackage(pkg: PublicPackage, destination: string): Promise<PackedPackage> {
  // One folder per package, so the tarball is found without guessing pnpm's file naming.
  const folder = join(destination, pkg.name.replace('@', '').replace('/', '__'));
  await mkdir(folder, { recursive: true });
  await runOk('pnpm', ['pack', '--pack-destination', folder], {
    cwd: pkg.dir,
    timeoutMs: PACK_TIMEOUT_MS,
  });
  const tarballs = (await readdir(folder)).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) {
    throw new Error(`pnpm pack of ${pkg.name} left ${tarballs.length} tarballs in ${folder}`);
  }
  return { ...pkg, tarball: join(folder, tarballs[0] as string) };
}

/** Packs one package at a time: pnpm packs are quick, and two cores are shared. */
export async function packAll(packages: readonly PublicPackage[], destination: string) {
  const packed: PackedPackage[] = [];
  for (const pkg of packages) packed.push(await packPackage(pkg, destination));
  return packed;
}
