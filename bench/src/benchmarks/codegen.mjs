// @ts-check
// Time of `pnpm generate` and `pnpm generate:check` (node scripts/generate.mjs [--check]), each a
// fresh Node process as a developer runs it. Runs on a scratch copy of scripts/, spec/ and the
// generated folders so a benchmark never rewrites files someone is editing in the work tree.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { alternate } from '../lib/alternate.mjs';
import { NotReady, repoRoot, scratchDir } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'Codegen';

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const rounds = quick ? 1 : 3;
  const copy = await scratchCopy();
  const result = new ResultBuilder(title, {
    rounds,
    command:
      'node scripts/generate.mjs [--check] (what the pnpm scripts run, without pnpm’s own start-up)',
  });
  const commands = [
    { id: 'generate', label: '`pnpm generate`', args: [] },
    { id: 'check', label: '`pnpm generate:check` (drift check)', args: ['--check'] },
  ];
  for (const c of commands) result.declare(c.id, `${c.label}, wall time`, 'ms');
  // The first generate may write files (the copy can lag the spec by an uncommitted edit); after it,
  // every run renders everything and finds nothing to change, as on a clean checkout.
  await timeNode(copy, ['scripts/generate.mjs']);
  await alternate(commands, rounds, async (c) => {
    result.record(c.id, await timeNode(copy, ['scripts/generate.mjs', ...c.args]));
  });
  for (const c of commands) result.report(`${c.label}, wall time`, c.id, true);
  return result.build();
}

async function scratchCopy() {
  const manifestFile = path.join(repoRoot, 'scripts/codegen.manifest.json');
  const manifest = /** @type {{ specs: Record<string, string>, generatedDirs: string[] }} */ (
    JSON.parse(await readFile(manifestFile, 'utf8'))
  );
  for (const spec of Object.values(manifest.specs)) {
    try {
      await readFile(path.join(repoRoot, spec));
    } catch {
      throw new NotReady(`${spec} does not exist yet`);
    }
  }
  const copy = path.join(scratchDir, 'codegen');
  await rm(copy, { recursive: true, force: true });
  await mkdir(copy, { recursive: true });
  // Inside the repo, so imports from the copied scripts still resolve the root node_modules.
  for (const rel of ['package.json', 'scripts', 'spec', ...manifest.generatedDirs]) {
    await cp(path.join(repoRoot, rel), path.join(copy, rel), { recursive: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return copy;
}

/**
 * Wall time of one `node ...` run in milliseconds; a non-zero exit is an error.
 * @param {string} cwd @param {string[]} args
 */
function timeNode(cwd, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else
        reject(
          new Error(
            `node ${args.join(' ')} exited with ${code ?? signal}:\n${output.slice(-2000)}`,
          ),
        );
    });
  });
}
