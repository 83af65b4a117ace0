// The main entry must stay free of Node built-ins so it loads in browsers and edge runtimes.
// `pnpm typecheck` also compiles it without Node's types (tsconfig.src.json); these tests are the
// fast guard, on the sources and on every built file the entry loads.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);

// Every built-in, with and without `node:`: tsup rewrites `node:buffer` to `buffer` in its output.
const BUILTINS = new Set(
  builtinModules.flatMap((name) => [name, `node:${name}`, name.split('/')[0] as string]),
);
const SPECIFIERS = /\b(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const GLOBALS = /\b(?:process|Buffer|__dirname|__filename)\s*[.[(]/;

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

function specifiers(code: string): string[] {
  return [...stripComments(code).matchAll(SPECIFIERS)].map((match) => match[1] as string);
}

/** Every file reachable from `entry` through relative imports, with its code. */
function reachable(
  entry: URL,
  resolve: (from: URL, specifier: string) => URL,
): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0 && seen.size < 200) {
    const file = queue.shift() as URL;
    if (seen.has(file.href)) continue;
    const code = readFileSync(file, 'utf8');
    seen.set(file.href, code);
    for (const specifier of specifiers(code)) {
      if (specifier.startsWith('.')) queue.push(resolve(file, specifier));
    }
  }
  return seen;
}

function nodeOnlyUses(code: string): string[] {
  const found = specifiers(code).filter((specifier) => BUILTINS.has(specifier));
  const global = GLOBALS.exec(stripComments(code));
  return global ? [...found, global[0]] : found;
}

describe('the guard itself', () => {
  it.each([
    [`import { isUtf8 } from 'node:buffer';`, ['node:buffer']],
    [`import { isUtf8 } from "buffer";`, ['buffer']],
    [`const { Buffer } = require("buffer");`, ['buffer']],
    [`export * from 'node:stream/web';`, ['node:stream/web']],
    [`const fs = await import('node:fs');`, ['node:fs']],
    [`import 'node:process';`, ['node:process']],
    [`const x = Buffer.from('a');`, ['Buffer.']],
    [`if (process.env.X) {}`, ['process.']],
    [`import { x } from './buffer.js'; // process.env in a comment`, []],
  ])('finds the Node-only use in %s', (code, expected) => {
    expect(nodeOnlyUses(code)).toEqual(expected);
  });
});

describe('entry points', () => {
  it('no source module the main entry loads uses Node built-ins, process or Buffer', () => {
    const files = reachable(
      new URL('index.ts', src),
      (from, specifier) => new URL(specifier.replace(/\.js$/, '.ts'), from),
    );
    expect(files.size).toBeGreaterThan(5);
    for (const [file, code] of files) expect(nodeOnlyUses(code), file).toEqual([]);
  });

  it('no built file the main entry loads (ESM and CJS, shared chunks included) uses Node built-ins', () => {
    // Never a silent skip: turbo builds before the tests; by hand, build first.
    expect(existsSync(new URL('index.js', dist)), 'run pnpm --filter @caac/ai-agent build').toBe(
      true,
    );
    for (const entry of ['index.js', 'index.cjs']) {
      const files = reachable(new URL(entry, dist), (from, specifier) => new URL(specifier, from));
      // The entry and the chunk it shares with the node entry, at least for ESM.
      if (entry === 'index.js') expect(files.size).toBeGreaterThan(1);
      for (const [file, code] of files) expect(nodeOnlyUses(code), file).toEqual([]);
    }
  });

  it('the built entries load through package.json exports', async () => {
    const main = await import('@caac/ai-agent');
    const node = await import('@caac/ai-agent/node');
    expect(typeof main.createAiAgentHandler).toBe('function');
    expect(typeof node.toNodeHandler).toBe('function');
  });
});
