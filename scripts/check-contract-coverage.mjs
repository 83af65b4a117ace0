#!/usr/bin/env node
// @ts-check
// Coverage gate: every operationId in the spec must have a contract test, declared in
// tests/contract with `describeOperation('<operationId>', …)`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpec } from './generators/load-spec.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DECLARATION = /describeOperation\(\s*['"`](\w+)['"`]/g;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * @param {Record<string, any>} doc
 * @returns {string[]} every operationId under `paths`, in spec order
 */
export function operationIds(doc) {
  return Object.values(doc.paths ?? {}).flatMap((item) =>
    METHODS.filter((m) => item[m]).map((m) => item[m].operationId),
  );
}

/**
 * @param {string} dir
 * @returns {Promise<Set<string>>} operationIds declared by contract test files under dir
 */
export async function coveredOperations(dir) {
  const covered = new Set();
  const entries = await readdir(dir, { recursive: true });
  for (const rel of entries.filter((f) => /\.test\.[cm]?[jt]s$/.test(f))) {
    const text = await readFile(path.join(dir, rel), 'utf8');
    for (const match of text.matchAll(DECLARATION)) covered.add(match[1]);
  }
  return covered;
}

async function main() {
  const ids = operationIds(await readSpec(path.join(root, 'spec/caac.openapi.yaml')));
  const covered = await coveredOperations(path.join(root, 'tests/contract/test'));
  const missing = ids.filter((id) => !covered.has(id));
  const unknown = [...covered].filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    console.error(
      `contract coverage: tests name operations the spec does not have: ${unknown.join(', ')}`,
    );
    process.exitCode = 1;
  }
  if (missing.length > 0) {
    console.error(
      `contract coverage: ${missing.length} of ${ids.length} operations have no contract test:\n  ${missing.join('\n  ')}\n` +
        "Add a describeOperation('<operationId>', …) block in tests/contract/test/.",
    );
    process.exitCode = 1;
    return;
  }
  if (!process.exitCode)
    console.log(`contract coverage: all ${ids.length} operations have contract tests`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`contract coverage: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
