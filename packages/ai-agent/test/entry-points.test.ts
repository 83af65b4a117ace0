// The main entry must stay free of Node built-ins so it loads in browsers and edge runtimes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
const NODE_ONLY =
  /from\s+['"](node:|fs|http|https|net|crypto|stream|buffer)['"]|require\(['"]node:|\bprocess\.|\bBuffer\./;

describe('entry points', () => {
  it('no source module of the main entry imports Node built-ins or uses process/Buffer', () => {
    const files = readdirSync(src).filter((f) => f.endsWith('.ts') && f !== 'node.ts');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      // Examples in doc comments may mention process.env; only code counts.
      const code = readFileSync(new URL(file, src), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(NODE_ONLY);
    }
  });

  it.skipIf(!existsSync(new URL('index.js', dist)))(
    'the built main entry (ESM and CJS) has no node: imports',
    () => {
      for (const file of ['index.js', 'index.cjs']) {
        const text = readFileSync(new URL(file, dist), 'utf8');
        expect(text, file).not.toMatch(/['"]node:/);
        expect(text, file).not.toMatch(/\bprocess\.|\bBuffer\./);
      }
    },
  );

  it.skipIf(!existsSync(new URL('index.js', dist)))(
    'the built entries load through package.json exports',
    async () => {
      const main = await import('@caac/ai-agent');
      const node = await import('@caac/ai-agent/node');
      expect(typeof main.createAiAgentHandler).toBe('function');
      expect(typeof node.toNodeHandler).toBe('function');
    },
  );
});
