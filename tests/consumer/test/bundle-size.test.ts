// Bundle budgets from the root `.size-limit.cjs` (`pnpm size`), checked in CI here because this
// suite already runs after every package is built.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../src/run.js';
import { WORKSPACE_ROOT } from '../src/workspace.js';

interface SizeCheck {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

it('keeps every entry within its size-limit budget', async () => {
  const bin = join(WORKSPACE_ROOT, 'node_modules', 'size-limit', 'bin.js');
  const result = await run('node', [bin, '--json'], { cwd: WORKSPACE_ROOT, timeoutMs: 60_000 });
  const checks = JSON.parse(result.stdout) as SizeCheck[];
  console.info(
    checks.map((c) => `[size] ${c.name}: ${c.size} B of ${c.sizeLimit} B min+gzip`).join('\n'),
  );
  expect(checks.length).toBeGreaterThan(0);
  expect(checks.filter((check) => !check.passed)).toEqual([]);
  expect(result.code).toBe(0);
});
