import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The client must run unchanged on Node 20+, Deno, Bun, browsers and edge runtimes.
// (tsconfig.src.json also type-checks src/ without Node's types.)
const srcDir = new URL('../src/', import.meta.url);
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, srcDir), 'utf8') }));

describe('portability of src/', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ['node: imports', /from\s+['"]node:|import\(\s*['"]node:/],
    [
      'Node built-in modules',
      /from\s+['"](fs|path|http|https|url|crypto|events|stream|buffer|util)['"]/,
    ],
    ['require()', /\brequire\(/],
    ['bare process access', /(?<![.\w])process\./],
    ['Buffer', /\bBuffer\b/],
    ['package.json at runtime', /package\.json['"]/],
  ])('uses no %s', (_, pattern) => {
    expect(sources.filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('never imports the Node-only entry in node/', () => {
    expect(
      sources.filter(({ text }) => /from\s+['"][./]*node\//.test(text)).map(({ file }) => file),
    ).toEqual([]);
  });

  it('imports only openapi-fetch from outside the package', () => {
    const external = sources.flatMap(({ text }) =>
      [...text.matchAll(/from\s+['"]([^'".][^'"]*)['"]/g)].map((match) => match[1]),
    );
    expect(new Set(external)).toEqual(new Set(['openapi-fetch']));
  });
});
