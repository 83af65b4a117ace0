// @ts-check
// Compiles the TypeScript transport proposal with esbuild (Node 20 runs no TypeScript by itself) and
// imports it. The output lands in the git-ignored scratch folder, where `undici` still resolves.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { benchDir, scratchDir } from './paths.mjs';

/** @returns {Promise<typeof import('../node-transport.ts')>} */
export async function loadNodeTransport() {
  await mkdir(scratchDir, { recursive: true });
  const outfile = path.join(scratchDir, 'node-transport.mjs');
  await build({
    entryPoints: [path.join(benchDir, 'src/node-transport.ts')],
    outfile,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
