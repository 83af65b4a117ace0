// Fixture files run inside the consumer project (so Node and tsc resolve our packages from its
// node_modules, exactly as in a user's app); this copies one fixture folder there.
import { cp } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsumerContext } from './context.js';

const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Copies `fixtures/<name>` to `<appDir>/<name>` and returns that folder. */
export async function copyFixture(context: ConsumerContext, name: string) {
  const target = join(context.appDir, name);
  await cp(join(FIXTURES_DIR, name), target, { recursive: true });
  return target;
}
