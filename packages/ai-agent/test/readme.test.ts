import { readFileSync } from 'node:fs';
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
