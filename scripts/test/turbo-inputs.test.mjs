// turbo restores dist/ from its cache when a build's inputs are unchanged, so a file the build reads
// but turbo does not hash gives a stale build. This test derives what each package's build really
// reads (its build script, the tsup configs it names and their entry folders, the shipped `files`)
// and requires turbo to hash every one of those files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Files the `build` script of a package reads, as package-relative paths of tracked files. */
export function buildInputs(pkgDir) {
  const manifest = JSON.parse(readFileSync(path.join(root, pkgDir, 'package.json'), 'utf8'));
  const tracked = execFileSync('git', ['ls-files'], { cwd: path.join(root, pkgDir) })
    .toString()
    .split('\n')
    .filter(Boolean);
  const under = (dir) => tracked.filter((file) => file === dir || file.startsWith(`${dir}/`));
  const inputs = new Set(['package.json']);
  for (const command of manifest.scripts.build
    .split('&&')
    .map((part) => part.trim().split(/\s+/))) {
    if (command[0] === 'tsup') {
      const at = command.indexOf('--config');
      const config = at >= 0 ? command[at + 1] : 'tsup.config.ts';
      inputs.add(config);
      const text = readFileSync(path.join(root, pkgDir, config), 'utf8');
      const entry = text.slice(text.indexOf('entry'), text.indexOf('}', text.indexOf('entry')));
      for (const [, file] of entry.matchAll(/['"]([\w./-]+\.[mc]?[jt]s)['"]/g)) {
        for (const f of under(file.split('/')[0])) inputs.add(f);
      }
    } else if (command[0] === 'node') {
      inputs.add(command[1]);
    }
  }
  // Whatever ships next to dist/ (bundled specs, bin scripts) may be read by the build too.
  for (const entry of manifest.files ?? []) {
    if (entry !== 'dist') for (const f of under(entry)) inputs.add(f);
  }
  return [...inputs].sort();
}

describe('turbo build inputs', () => {
  let hashed;
  beforeAll(() => {
    const dry = JSON.parse(
      execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--dry=json'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    hashed = new Map(dry.tasks.map((task) => [task.directory, Object.keys(task.inputs)]));
  }, 120_000);

  const packages = [
    'packages/ai-agent',
    'packages/ai-agent-types',
    'packages/client',
    'packages/mock-server',
  ];

  it.each(packages)('%s: turbo hashes every file its build reads', (pkgDir) => {
    const missing = buildInputs(pkgDir).filter((file) => !hashed.get(pkgDir).includes(file));
    expect(missing, `add these to ${pkgDir}'s build inputs in turbo.json`).toEqual([]);
  });

  it('the derivation sees the known extra inputs (guards the derivation itself)', () => {
    expect(buildInputs('packages/client')).toEqual(
      expect.arrayContaining(['node/node-transport.ts', 'tsup.node.config.ts', 'src/index.ts']),
    );
    expect(buildInputs('packages/mock-server')).toEqual(
      expect.arrayContaining(['scripts/prepare-operations.mjs', 'src/cli.ts']),
    );
  });
});
