// @ts-check
// Loads each spec through Prism's public API, the way `caac-mock` does, and reports anything that
// would make the mock serve less than the spec declares.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * @typedef {{ id?: string, method: string, path: string }} PrismOperation
 * @typedef {{ version: string, getHttpOperationsFromSpec: (spec: string | object) => Promise<PrismOperation[]> }} PrismPublicApi
 */

/**
 * `@stoplight/prism-http` as the mock server installs it, reached only through its documented
 * entry point. When Prism's public exports move, this throws a message that says what moved.
 * @param {string} root repository root
 * @param {(id: string) => unknown} [load] module loader (tests pass a stand-in to simulate a move)
 * @returns {PrismPublicApi}
 */
export function prismPublicApi(root, load) {
  const requireFromMock = createRequire(path.join(root, 'packages/mock-server/package.json'));
  const requireModule = load ?? requireFromMock;
  /** @type {any} */
  let http;
  /** @type {any} */
  let manifest;
  try {
    http = requireModule('@stoplight/prism-http');
    manifest = requireModule('@stoplight/prism-http/package.json');
  } catch (error) {
    throw new Error(
      `@stoplight/prism-http cannot be loaded from packages/mock-server (${error instanceof Error ? error.message : String(error)}); run \`pnpm install\``,
    );
  }
  if (typeof http?.getHttpOperationsFromSpec !== 'function') {
    throw new Error(
      `Prism's public API moved: @stoplight/prism-http@${manifest?.version ?? '?'} no longer exports getHttpOperationsFromSpec(). ` +
        "lint:spec (scripts/prism-load-check.mjs) and the mock server load specs through it: find its new public name in Prism's changelog.",
    );
  }
  return {
    version: String(manifest?.version),
    getHttpOperationsFromSpec: http.getHttpOperationsFromSpec,
  };
}

/**
 * Loads the spec with Prism and returns every problem: a load error, anything Prism printed while
 * loading, and each path + method of the spec that Prism did not turn into an operation.
 * An empty array means Prism accepts the document cleanly and serves all of it.
 * @param {string} root repository root
 * @param {string} spec repo-relative spec path
 * @param {PrismPublicApi} [prism]
 * @returns {Promise<string[]>}
 */
export async function prismLoadProblems(root, spec, prism = prismPublicApi(root)) {
  const file = path.join(root, spec);
  /** @type {string[]} */
  const problems = [];
  const printed = ['warn', 'error', 'log', 'info'].map((level) => {
    const original = /** @type {any} */ (console)[level];
    /** @type {any} */ (console)[level] = (/** @type {unknown[]} */ ...args) =>
      problems.push(`Prism printed (${level}): ${args.map(String).join(' ')}`);
    return () => {
      /** @type {any} */ (console)[level] = original;
    };
  });
  /** @type {PrismOperation[]} */
  let operations = [];
  try {
    operations = await prism.getHttpOperationsFromSpec(file);
  } catch (error) {
    problems.push(
      `Prism ${prism.version} cannot load it: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    for (const restore of printed) restore();
  }
  if (problems.length > 0) return problems;

  const loaded = new Set(operations.map((op) => `${op.method.toUpperCase()} ${op.path}`));
  const document = parse(readFileSync(file, 'utf8'));
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      if (item?.[method] && !loaded.has(`${method.toUpperCase()} ${route}`)) {
        problems.push(`Prism ${prism.version} dropped ${method.toUpperCase()} ${route}`);
      }
    }
  }
  return problems;
}
