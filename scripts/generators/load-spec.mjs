// @ts-check
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { parse } from 'yaml';

/**
 * Parses one spec file, failing with the file name and position when the YAML is broken.
 * @param {string} file absolute path
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readSpec(file) {
  const text = await readFile(file, 'utf8');
  try {
    return parse(text, { prettyErrors: true });
  } catch (error) {
    throw new Error(
      `${path.basename(file)}: invalid YAML: ${/** @type {Error} */ (error).message}`,
    );
  }
}

/**
 * Bundles a spec into one document: external `$ref`s are pulled into `components`, internal ones kept,
 * so Prism and other tools can load it without the sibling files.
 * @param {string} file absolute path
 * @returns {Promise<Record<string, unknown>>}
 */
export async function bundleSpec(file) {
  const config = await createConfig({ extends: ['minimal'] });
  const result = await bundle({
    ref: file,
    config,
    dereference: false,
    removeUnusedComponents: false,
  });
  const problems = result.problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const lines = problems.map(
      (p) => `  - ${p.message} (${p.location.map((l) => l.pointer ?? '').join(', ')})`,
    );
    throw new Error(`${path.basename(file)}: cannot bundle:\n${lines.join('\n')}`);
  }
  return /** @type {Record<string, unknown>} */ (result.bundle.parsed);
}
