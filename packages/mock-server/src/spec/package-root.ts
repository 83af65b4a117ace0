import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaacMockError } from '../errors.js';

const PACKAGE_NAME = '@caac/mock-server';
let cached: string | undefined;

/**
 * The directory of this package, found from the running module, so the same code works from
 * `src/` (tests), `dist/` (built) and a consumer's `node_modules`.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === PACKAGE_NAME) {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new CaacMockError('cannot find its own package.json');
    dir = parent;
  }
}

function readName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'name' in parsed
      ? String(parsed.name)
      : undefined;
  } catch {
    return undefined;
  }
}
