// The tool table and validators are generated (`pnpm generate`), never edited: what is on disk is
// exactly what the generator renders from the spec, and the manifest lists both files, so
// `pnpm generate:check` fails on any drift.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (rel: string) => readFile(new URL(rel, root), 'utf8');

describe('generated tool files', () => {
  it('are listed in the codegen manifest', async () => {
    const manifest = JSON.parse(await read('scripts/codegen.manifest.json')) as {
      generatedDirs: string[];
      outputs: Array<{ kind: string; out: string }>;
    };
    expect(manifest.generatedDirs).toContain('packages/tools/src/generated');
    expect(manifest.outputs).toEqual(
      expect.arrayContaining([
        { kind: 'tools', spec: 'caac', out: 'packages/tools/src/generated/tools.ts' },
        {
          kind: 'tool-validators',
          spec: 'caac',
          out: 'packages/tools/src/generated/validate-input.ts',
        },
      ]),
    );
  });

  it('match what the generator renders from the spec, header included', async () => {
    const { renderAll } = (await import(new URL('scripts/generators/render.mjs', root).href)) as {
      renderAll: (root: string, manifest: unknown) => Promise<Map<string, string>>;
    };
    const manifest = JSON.parse(await read('scripts/codegen.manifest.json'));
    const rendered = await renderAll(new URL('.', root).pathname, manifest);
    for (const rel of [
      'packages/tools/src/generated/tools.ts',
      'packages/tools/src/generated/validate-input.ts',
    ]) {
      const onDisk = await read(rel);
      expect(
        onDisk.startsWith('/**\n * This file was auto-generated from spec/caac.openapi.yaml.'),
      ).toBe(true);
      expect(rendered.get(rel) === onDisk, `${rel} drifted: run pnpm generate`).toBe(true);
    }
  });
});
