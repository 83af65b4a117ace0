#!/usr/bin/env node
// @ts-check
// `pnpm --filter @caac/bench suites:transport`: runs the client's unit tests and the contract tests
// (every operation through the client against the mock) with the global fetch replaced by the
// undici transport proposal. The proposal is worth shipping only if both stay green through it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodeTransport } from './lib/load-transport.mjs';
import { benchDir, repoRoot, scratchDir } from './lib/paths.mjs';

await loadNodeTransport();
const compiled = path.join(scratchDir, 'node-transport.mjs');
const setup = path.join(benchDir, 'src/support/use-node-transport.mjs');
const suites = [
  { name: '@caac/client unit tests', root: path.join(repoRoot, 'packages/client') },
  { name: 'contract tests', root: path.join(repoRoot, 'tests/contract') },
];
let failed = 0;
for (const suite of suites) {
  // A config beside the scratch module that extends the suite's own and adds the setup file.
  const config = path.join(scratchDir, `vitest.${path.basename(suite.root)}.config.mjs`);
  const own = path.join(suite.root, 'vitest.config.ts');
  writeFileSync(
    config,
    [
      "import { mergeConfig } from 'vitest/config';",
      `import base from ${JSON.stringify(own)};`,
      `export default mergeConfig(base, { test: { setupFiles: [${JSON.stringify(setup)}] } });`,
      '',
    ].join('\n'),
  );
  console.log(`\n▶ ${suite.name} with fetch = undici transport`);
  const run = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--root', suite.root, '--config', config],
    {
      cwd: suite.root,
      stdio: 'inherit',
      env: { ...process.env, CAAC_NODE_TRANSPORT_MODULE: compiled },
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
