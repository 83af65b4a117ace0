/**
 * Entry point for the build step `scripts/prepare-operations.mjs` (not part of the public API):
 * the same loader and hash the mock uses at start-up, so both agree on what "prepared" means.
 */
export { loadPrism } from '../prism/load-prism.js';
export { preparedOperationsPath, specHash } from './load-operations.js';
export { prismHttpVersion } from './prism-version.js';
