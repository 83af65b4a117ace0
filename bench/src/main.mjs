#!/usr/bin/env node
// @ts-check
// `pnpm bench` runs every benchmark; `pnpm --filter @caac/bench bench client size` runs some.
// `--quick` (or BENCH_QUICK=1) uses fewer, shorter rounds for trying the harness, not for numbers.
import * as aiAgent from './benchmarks/ai-agent.mjs';
import * as client from './benchmarks/client-requests.mjs';
import * as size from './benchmarks/client-size.mjs';
import * as codegen from './benchmarks/codegen.mjs';
import * as conversationLoop from './benchmarks/conversation-loop.mjs';
import * as mockServer from './benchmarks/mock-server.mjs';
import * as simulator from './benchmarks/simulator.mjs';
import * as tools from './benchmarks/tools.mjs';
import * as validator from './benchmarks/validator.mjs';
import { describeMachine, packageVersions } from './lib/machine.mjs';
import { NotReady } from './lib/paths.mjs';
import { renderTargets, writeResults } from './lib/report.mjs';

/**
 * @typedef {object} Benchmark
 * @property {string} title
 * @property {(options: { quick: boolean }) => Promise<import('./lib/result.mjs').BenchmarkResult>} run
 */

/** @type {Record<string, Benchmark>} */
const benchmarks = {
  client,
  size,
  'ai-agent': aiAgent,
  validator,
  'mock-server': mockServer,
  simulator,
  'conversation-loop': conversationLoop,
  codegen,
  tools,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in benchmarks));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}`,
  );
  process.exit(2);
}
const selected = names.length > 0 ? names : Object.keys(benchmarks);

const machine = describeMachine();
console.log(
  `bench: ${selected.join(', ')} on ${machine.cpu} ×${machine.cores}, Node ${machine.node}${quick ? ' (quick)' : ''}`,
);

const started = performance.now();
/** @type {import('./lib/report.mjs').Results['benchmarks']} */
const fresh = {};
let failed = false;
for (const name of selected) {
  const bench = /** @type {Benchmark} */ (benchmarks[name]);
  const t0 = performance.now();
  console.log(`\n▶ ${name}: ${bench.title}`);
  try {
    fresh[name] = await bench.run({ quick });
    console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (error instanceof NotReady) {
      console.log(`  skipped: ${error.message}`);
      fresh[name] = { title: bench.title, skipped: error.message };
    } else {
      failed = true;
      console.error(
        `  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      fresh[name] = {
        title: bench.title,
        skipped: `failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}

const results = await writeResults(
  { generatedAt: new Date().toISOString(), machine, packages: packageVersions() },
  fresh,
);
console.log(`\n${renderTargets({ ...results, benchmarks: fresh })}`);
console.log(
  `\nbench: ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results/latest.{json,md}`,
);
// Servers run in children that are killed on exit; leave no handle (keep-alive sockets) open.
process.exit(failed ? 1 : 0);
