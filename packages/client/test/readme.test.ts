import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OperationId, CAAC_OPERATIONS as operations } from '../src/index.js';
import { RESOURCES } from '../src/resources.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('operations table has one row per operation, naming the method the client really has', () => {
    const table = readme.slice(
      readme.indexOf('<!-- operations-table:start -->'),
      readme.indexOf('<!-- operations-table:end -->'),
    );
    const rows = [
      ...table.matchAll(/^\|\s*([^|*]+?)\s*\|\s*(\w+) `([^`]+)`\s*\|\s*`(\w+)\.(\w+)`( ⟳)?\s*\|/gm),
    ];
    const documented = rows.map(([, summary, method, path, group, name, paged]) => ({
      summary,
      method,
      path,
      group,
      name,
      paged: Boolean(paged),
    }));
    const actual = Object.entries(RESOURCES).flatMap(([group, methods]) =>
      Object.entries(methods).map(([name, entry]) => {
        const op = operations[(typeof entry === 'string' ? entry : entry[0]) as OperationId];
        const paged = typeof entry !== 'string';
        return { summary: op.summary, method: op.method, path: op.path, group, name, paged };
      }),
    );
    expect(documented).toHaveLength(Object.keys(operations).length);
    expect(new Set(documented.map((r) => JSON.stringify(r)))).toEqual(
      new Set(actual.map((r) => JSON.stringify(r))),
    );
  });

  it('quickstart is the type-checked test/fixtures/quickstart.ts', () => {
    const start = readme.indexOf('```ts\n', readme.indexOf('## Quickstart')) + 6;
    const snippet = readme.slice(start, readme.indexOf('```\n', start));
    const fixture = readFileSync(new URL('./fixtures/quickstart.ts', import.meta.url), 'utf8');
    expect(
      fixture.split('\n').slice(1).join('\n').replace('../../src/index.js', '@caac/client'),
    ).toBe(snippet);
  });
});
