import path from 'node:path';
import { packageRoot } from './package-root.js';

/** The specs this package ships, bundled into single JSON files by the repo's `pnpm generate`. */
export const BUNDLED_SPECS = {
  caac: 'caac.openapi.json',
  'ai-agent': 'ai-agent.openapi.json',
} as const;

export type BundledSpecName = keyof typeof BUNDLED_SPECS;

/**
 * Absolute path of a bundled spec inside this package.
 *
 * @example
 * bundledSpecPath('caac'); // …/node_modules/@caac/mock-server/generated-spec/caac.openapi.json
 */
export function bundledSpecPath(name: BundledSpecName = 'caac'): string {
  return path.join(packageRoot(), 'generated-spec', BUNDLED_SPECS[name]);
}
