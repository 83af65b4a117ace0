// @ts-check
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { jsonGeneratedNotice, tsHeader } from './header.mjs';
import { bundleSpec } from './load-spec.mjs';
import { renderOperations } from './render-operations.mjs';

/**
 * @typedef {{ kind: 'types' | 'operations' | 'bundle' | 'validator' | 'tools' | 'tool-validators', spec: string, out: string, schema?: string }} OutputEntry
 * @typedef {{ specs: Record<string, string>, generatedDirs: string[], outputs: OutputEntry[] }} Manifest
 */

/**
 * Renders every output of the manifest in memory, keyed by repo-relative path.
 * Nothing is written here, so `--check` and `generate` share one code path.
 * @param {string} root repository root
 * @param {Manifest} manifest
 * @returns {Promise<Map<string, string>>}
 */
export async function renderAll(root, manifest) {
  /** @type {Map<string, Promise<Record<string, unknown>>>} */
  const bundles = new Map();
  const bundled = (/** @type {string} */ key) => {
    let pending = bundles.get(key);
    if (!pending) {
      pending = bundleSpec(specFile(root, manifest, key));
      bundles.set(key, pending);
    }
    return pending;
  };

  /** @type {Map<string, string>} */
  const files = new Map();
  for (const entry of manifest.outputs) {
    const specPath = manifest.specs[entry.spec];
    if (!specPath)
      throw new Error(
        `codegen.manifest.json: output ${entry.out} names unknown spec "${entry.spec}"`,
      );
    files.set(entry.out, await renderOne(entry, specPath, root, manifest, bundled));
  }
  return files;
}

/**
 * @param {OutputEntry} entry
 * @param {string} specPath
 * @param {string} root
 * @param {Manifest} manifest
 * @param {(key: string) => Promise<Record<string, unknown>>} bundled
 * @returns {Promise<string>}
 */
async function renderOne(entry, specPath, root, manifest, bundled) {
  switch (entry.kind) {
    case 'types': {
      const ast = await openapiTS(pathToFileURL(specFile(root, manifest, entry.spec)), {
        silent: true,
      });
      return `${tsHeader(specPath)}\n${astToString(ast)}`;
    }
    case 'operations':
      return `${tsHeader(specPath)}\n${renderOperations(await bundled(entry.spec))}`;
    case 'bundle': {
      const doc = await bundled(entry.spec);
      return `${JSON.stringify({ 'x-generated': jsonGeneratedNotice(specPath), ...doc }, null, 2)}\n`;
    }
    case 'validator': {
      if (!entry.schema)
        throw new Error(`codegen.manifest.json: validator ${entry.out} needs "schema"`);
      const doc = await bundled(entry.spec);
      const components = /** @type {{ schemas?: Record<string, unknown> }} */ (
        doc.components ?? {}
      );
      const { generateValidator } = await import('./ai-agent-validator.mjs');
      const source = await generateValidator({
        schemas: components.schemas ?? {},
        rootSchemaName: entry.schema,
      });
      return `${tsHeader(specPath)}\n${source}`;
    }
    case 'tools': {
      const { renderToolDefinitions } = await import('./tool-definitions.mjs');
      return `${tsHeader(specPath)}\n${renderToolDefinitions(await bundled(entry.spec))}`;
    }
    case 'tool-validators': {
      const { renderToolValidators } = await import('./tool-definitions.mjs');
      return `${tsHeader(specPath)}\n${renderToolValidators(await bundled(entry.spec))}`;
    }
    default:
      throw new Error(
        `codegen.manifest.json: unknown output kind "${/** @type {OutputEntry} */ (entry).kind}"`,
      );
  }
}

/**
 * @param {string} root
 * @param {Manifest} manifest
 * @param {string} key
 */
function specFile(root, manifest, key) {
  const rel = manifest.specs[key];
  if (!rel) throw new Error(`codegen.manifest.json: unknown spec "${key}"`);
  return path.join(root, rel);
}
