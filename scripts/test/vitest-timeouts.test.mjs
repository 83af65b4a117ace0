// CI runs on a busy 2-core machine: a suite whose hooks start Prism or a server must not time out
// just because the machine is loaded. Every vitest project in the workspace gets generous hook and
// test timeouts in its own config (vitest's defaults, 10 s and 5 s, are what failed before).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const MIN_HOOK_MS = 60_000;
const MIN_TEST_MS = 20_000;

/** Every workspace folder whose test script runs vitest, with its config file (if any). */
function vitestProjects() {
  const manifests = execFileSync('git', ['ls-files', '*package.json'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file.endsWith('package.json'));
  const projects = [];
  for (const manifest of manifests) {
    const dir = path.dirname(manifest);
    const scripts = JSON.parse(readFileSync(path.join(root, manifest), 'utf8')).scripts ?? {};
    const runs = Object.entries(scripts).filter(
      ([name, cmd]) => /^test/.test(name) && /vitest/.test(cmd),
    );
    if (runs.length === 0) continue;
    for (const [, command] of runs) {
      const named = command.match(/--config\s+(\S+)/)?.[1];
      const candidates = named
        ? [named]
        : ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.mjs', 'vitest.config.js'];
      const config = candidates
        .map((c) => path.join(dir, c))
        .find((c) => existsSync(path.join(root, c)));
      if (!projects.some((p) => p.dir === dir && p.config === config))
        projects.push({ dir, config });
    }
  }
  return projects;
}

const timeout = (text, key) => {
  const value = text.match(new RegExp(`${key}:\\s*([\\d_]+)`))?.[1];
  return value === undefined ? undefined : Number(value.replaceAll('_', ''));
};

describe('vitest timeouts', () => {
  const projects = vitestProjects();

  it('finds the workspace suites (guards the discovery itself)', () => {
    const dirs = projects.map((p) => p.dir);
    expect(dirs).toEqual(
      expect.arrayContaining(['.', 'packages/mock-server', 'examples/client-quickstart']),
    );
  });

  it.each(projects)('$dir: hooks and tests may take long on a busy machine', ({ dir, config }) => {
    expect(config, `${dir} runs vitest without a config: add one with hookTimeout`).toBeDefined();
    const text = readFileSync(path.join(root, config), 'utf8');
    expect(timeout(text, 'hookTimeout'), `${config}: hookTimeout`).toBeGreaterThanOrEqual(
      MIN_HOOK_MS,
    );
    expect(timeout(text, 'testTimeout'), `${config}: testTimeout`).toBeGreaterThanOrEqual(
      MIN_TEST_MS,
    );
  });
});
