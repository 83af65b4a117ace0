#!/usr/bin/env node
// @ts-check
// Spec quality gate: Spectral (OAS recommended + our ruleset) with zero errors and zero warnings,
// then Prism (through its public API, as the mock loads it) must load each document without a
// single message and turn every path + method into an operation.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadManifest } from './generate.mjs';
import { prismLoadProblems, prismPublicApi } from './prism-load-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPECTRAL_TIMEOUT_MS = 600_000;

async function main() {
  const manifest = await loadManifest(root);
  const specs = Object.values(manifest.specs);

  // Spectral's own binary (not `pnpm exec`), with a deadline long enough for a busy 2-core CI
  // machine, where it has taken over two minutes while every other suite ran next to it.
  const spectral = spawnSync(
    path.join(root, 'node_modules', '.bin', 'spectral'),
    ['lint', ...specs, '--ruleset', 'spec/.spectral.yaml', '--fail-severity=hint', '--format=text'],
    { cwd: root, encoding: 'utf8', timeout: SPECTRAL_TIMEOUT_MS },
  );
  const report = `${spectral.stdout ?? ''}${spectral.stderr ?? ''}`.trim();
  if (spectral.error || spectral.signal) {
    const why = spectral.signal
      ? `was stopped (${spectral.signal}${spectral.signal === 'SIGTERM' ? `, after the ${SPECTRAL_TIMEOUT_MS / 1000} s deadline` : ''})`
      : `could not run: ${spectral.error?.message}`;
    console.error(`lint:spec: Spectral ${why}; no verdict on the specs.\n${report}`);
    process.exitCode = 1;
    return;
  }
  if (spectral.status !== 0) {
    console.error(`lint:spec: Spectral found problems (fix them in spec/):\n${report}`);
    process.exitCode = 1;
    return;
  }
  console.log(`lint:spec: Spectral clean on ${specs.join(', ')}`);

  const prism = prismPublicApi(root);
  for (const spec of specs) {
    const problems = await prismLoadProblems(root, spec, prism);
    if (problems.length > 0) {
      console.error(
        `lint:spec: Prism reported problems loading ${spec}:\n  ${problems.join('\n  ')}`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      `lint:spec: Prism ${prism.version} loads ${spec} with no warnings, every operation`,
    );
  }
}

main().catch((error) => {
  console.error(`lint:spec: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
