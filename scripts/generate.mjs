#!/usr/bin/env node
// @ts-check
// `pnpm generate` writes every generated file from spec/; `pnpm generate --check` only compares.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGENERATE_COMMAND } from './generators/header.mjs';
import { renderAll } from './generators/render.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Compares rendered outputs with the files on disk, including stray files left in generated folders.
 * @param {string} repoRoot
 * @param {import('./generators/render.mjs').Manifest} manifest
 * @param {Map<string, string>} rendered
 * @returns {Promise<{ changed: string[], missing: string[], stray: string[] }>}
 */
export async function compareWithDisk(repoRoot, manifest, rendered) {
  /** @type {string[]} */ const changed = [];
  /** @type {string[]} */ const missing = [];
  for (const [rel, text] of rendered) {
    const onDisk = await readFile(path.join(repoRoot, rel), 'utf8').catch(() => undefined);
    if (onDisk === undefined) missing.push(rel);
    else if (onDisk !== text) changed.push(rel);
  }
  const stray = [];
  for (const dir of manifest.generatedDirs) {
    const entries = await readdir(path.join(repoRoot, dir)).catch(() => []);
    for (const name of entries) {
      const rel = `${dir}/${name}`;
      if (!rendered.has(rel)) stray.push(rel);
    }
  }
  return { changed, missing, stray: stray.sort() };
}

/**
 * Message that tells a developer exactly what drifted and what to run.
 * @param {{ changed: string[], missing: string[], stray: string[] }} drift
 */
export function describeDrift(drift) {
  const lines = ['Generated files are out of date with spec/:'];
  for (const f of drift.changed) lines.push(`  changed: ${f}`);
  for (const f of drift.missing) lines.push(`  missing: ${f}`);
  for (const f of drift.stray) lines.push(`  not produced by the manifest: ${f}`);
  lines.push(
    `Run \`${REGENERATE_COMMAND}\` and commit the result (never edit generated files by hand).`,
  );
  return lines.join('\n');
}

/** @param {string} repoRoot */
export async function loadManifest(repoRoot) {
  const text = await readFile(path.join(repoRoot, 'scripts/codegen.manifest.json'), 'utf8');
  return /** @type {import('./generators/render.mjs').Manifest} */ (JSON.parse(text));
}

async function main() {
  const check = process.argv.includes('--check');
  const started = performance.now();
  const manifest = await loadManifest(root);
  const rendered = await renderAll(root, manifest);
  const drift = await compareWithDisk(root, manifest, rendered);
  const dirty = drift.changed.length + drift.missing.length + drift.stray.length;
  const ms = Math.round(performance.now() - started);
  if (check) {
    if (dirty > 0) {
      console.error(describeDrift(drift));
      process.exitCode = 1;
      return;
    }
    console.log(`generate --check: ${rendered.size} generated files match spec/ (${ms} ms)`);
    return;
  }
  for (const rel of [...drift.changed, ...drift.missing]) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, /** @type {string} */ (rendered.get(rel)));
  }
  for (const rel of drift.stray) await rm(path.join(root, rel), { recursive: true });
  console.log(
    `generate: ${rendered.size} files from ${Object.keys(manifest.specs).length} specs, ${dirty} updated (${ms} ms)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
