#!/usr/bin/env node
// @ts-check
// `pnpm --filter @caac/client test:node-transport`: runs the client's own tests and the contract
// suite (every operation through the built client against the mock) with the global fetch replaced
// by the built `@caac/client/node-transport`. The transport ships only while both stay green.
// Build first: `pnpm --filter @caac/mock-server... build && pnpm --filter @caac/client build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const client = path.resolve(here, '..');
const setup = path.join(here, 'use-node-transport.mjs');
const scratch = path.join(client, '.tmp');
if (!existsSync(path.join(client, 'dist/node-transport.js'))) {
  console.error('dist/node-transport.js is missing: run `pnpm --filter @caac/client build` first');
  process.exit(2);
}
mkdirSync(scratch, { recursive: true });

const suites = [
  { name: '@caac/client tests', root: client },
  { name: 'contract tests', root: path.resolve(client, '../../tests/contract') },
];
let failed = 0;
for (const suite of suites) {
  // The suite's own config plus the setup file, written to the git-ignored scratch folder.
  const config = path.join(scratch, `vitest.${path.basename(suite.root)}.node-transport.mjs`);
  writeFileSync(
    config,
    [
      "import { mergeConfig } from 'vitest/config';",
      `import base from ${JSON.stringify(path.join(suite.root, 'vitest.config.ts'))};`,
      `export default mergeConfig(base, { test: { setupFiles: [${JSON.stringify(setup)}] } });`,
      '',
    ].join('\n'),
  );
  console.log(`\n▶ ${suite.name} with fetch = @caac/client/node-transport`);
  const run = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--root', suite.root, '--config', config],
    {
      cwd: suite.root,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
