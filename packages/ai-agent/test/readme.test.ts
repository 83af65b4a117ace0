import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const fixture = readFileSync(new URL('./fixtures/quickstart.ts', import.meta.url), 'utf8');

function quickstart(): string {
  const section = readme.split('## Quickstart')[1] ?? '';
  return section.split('```ts\n')[1]?.split('```')[0] ?? '';
}

describe('README', () => {
  it('has a quickstart under 15 lines', () => {
    const lines = quickstart()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThan(15);
  });

  it('shows exactly the quickstart that is type-checked in test/fixtures/quickstart.ts', () => {
    expect(fixture.split('\n').slice(1).join('\n')).toBe(quickstart());
  });

  it('documents every status code the handler uses', () => {
    for (const status of [200, 400, 401, 405, 408, 413, 415]) {
      expect(readme).toMatch(new RegExp(`\\|\\s*${status}\\s*\\|`));
    }
  });
});

describe('README framework recipes', () => {
  const examples = new URL('../../../examples/framework-agents/', import.meta.url);
  const MARKER = /<!-- recipe: examples\/framework-agents\/(\S+) -->\n\n```js\n([\s\S]*?)```\n/g;
  const shown = new Map([...readme.matchAll(MARKER)].map((m) => [m[1] as string, m[2] as string]));

  /** Every source file of the recipes package, relative to it. */
  function recipeFiles(dir = 'src/'): string[] {
    return readdirSync(new URL(dir, examples), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? recipeFiles(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
    );
  }

  it('shows every recipe file of examples/framework-agents, and only those', () => {
    expect([...shown.keys()].sort()).toEqual(recipeFiles().sort());
  });

  it.each(recipeFiles())('shows %s exactly as its test runs it', (file) => {
    expect(shown.get(file)).toBe(readFileSync(new URL(file, examples), 'utf8'));
  });

  it('has a test in examples/framework-agents for every framework recipe', () => {
    const tests = readdirSync(new URL('test/', examples));
    for (const file of recipeFiles()) {
      if (file === 'src/reply.js') continue;
      const name = file.includes('/app/') ? 'next-route' : file.replace(/^src\/|\.js$/g, '');
      expect(tests, file).toContain(`${name}.test.js`);
    }
  });
});
