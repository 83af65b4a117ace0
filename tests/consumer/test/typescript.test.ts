// (3) A TypeScript app type-checks against the published declarations under `node16` (both the
// ESM `.d.ts` and the CJS `.d.cts` flavour) and under `bundler`, with the library checks on.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { consumerContext } from '../src/context.js';
import { copyFixture } from '../src/fixtures.js';
import { run, strangerEnv } from '../src/run.js';

const context = consumerContext();
let dir: string;

beforeAll(async () => {
  dir = await copyFixture(context, 'types');
  // One source, three module flavours: `.mts` resolves `import`, `.cts` resolves `require`.
  await copyFile(join(dir, 'usage.ts'), join(dir, 'usage.mts'));
  await copyFile(join(dir, 'usage.ts'), join(dir, 'usage.cts'));
});

it.each(['node16', 'bundler'])('type-checks under moduleResolution %s', async (mode) => {
  // The project's own TypeScript, installed next to the tarballs as a user would have it.
  const tsc = join(context.appDir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run('node', [tsc, '-p', `tsconfig.${mode}.json`, '--pretty', 'false'], {
    cwd: dir,
    timeoutMs: 90_000,
    env: strangerEnv(),
  });
  expect(`${result.stdout}${result.stderr}`).toBe('');
  expect(result.code).toBe(0);
});
