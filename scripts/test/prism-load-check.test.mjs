import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismLoadProblems, prismPublicApi } from '../prism-load-check.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe("lint:spec's Prism check", () => {
  let dir;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caac-prism-check-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const writeSpec = async (name, paths) => {
    const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths };
    await writeFile(path.join(dir, name), JSON.stringify(doc));
    return path.relative(root, path.join(dir, name));
  };
  const ok = { responses: { 200: { description: 'ok' } } };

  it("reaches getHttpOperationsFromSpec through @stoplight/prism-http's public entry", () => {
    const prism = prismPublicApi(root);
    expect(prism.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof prism.getHttpOperationsFromSpec).toBe('function');
  });

  it('fails with a message naming the missing export when Prism moves it', () => {
    const moved = (id) =>
      id.endsWith('package.json') ? { version: '9.0.0' } : { somethingElse() {} };
    expect(() => prismPublicApi(root, moved)).toThrow(
      /Prism's public API moved: @stoplight\/prism-http@9\.0\.0 no longer exports getHttpOperationsFromSpec/,
    );
  });

  it('fails with a clear message when prism-http cannot be loaded at all', () => {
    const missing = () => {
      throw new Error("Cannot find module '@stoplight/prism-http'");
    };
    expect(() => prismPublicApi(root, missing)).toThrow(
      /cannot be loaded from packages\/mock-server/,
    );
  });

  it('accepts a clean spec with the real Prism', async () => {
    const spec = await writeSpec('clean.json', { '/tags': { get: ok, post: ok } });
    expect(await prismLoadProblems(root, spec)).toEqual([]);
  }, 60_000);

  it('reports a spec the real Prism cannot load', async () => {
    const spec = await writeSpec('broken.json', {
      '/tags': { get: { responses: { 200: { $ref: './nowhere.yaml#/x' } } } },
    });
    const problems = await prismLoadProblems(root, spec);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Prism \d+\.\d+\.\d+ cannot load it: /);
  }, 60_000);

  it('reports every path + method Prism did not turn into an operation', async () => {
    const spec = await writeSpec('dropped.json', { '/tags': { get: ok, delete: ok } });
    const onlyGet = {
      version: '5.0.0',
      getHttpOperationsFromSpec: async () => [{ method: 'get', path: '/tags' }],
    };
    expect(await prismLoadProblems(root, spec, onlyGet)).toEqual([
      'Prism 5.0.0 dropped DELETE /tags',
    ]);
  });

  it('reports what Prism printed while loading', async () => {
    const spec = await writeSpec('noisy.json', { '/tags': { get: ok } });
    const noisy = {
      version: '5.0.0',
      getHttpOperationsFromSpec: async () => {
        console.warn('unknown format "foo"');
        return [{ method: 'get', path: '/tags' }];
      },
    };
    expect(await prismLoadProblems(root, spec, noisy)).toEqual([
      'Prism printed (warn): unknown format "foo"',
    ]);
  });
});
