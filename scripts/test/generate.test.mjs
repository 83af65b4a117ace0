import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithDisk, describeDrift, loadManifest } from '../generate.mjs';
import { renderAll } from '../generators/render.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('codegen', () => {
  let manifest;
  let rendered;
  beforeAll(async () => {
    manifest = await loadManifest(root);
    rendered = await renderAll(root, manifest);
  });

  it('is deterministic: rendering twice gives identical files', async () => {
    const again = await renderAll(root, manifest);
    expect([...again.keys()]).toEqual([...rendered.keys()]);
    for (const [file, text] of again) expect(text, file).toBe(rendered.get(file));
  });

  it('starts every generated file with a header naming the command', () => {
    for (const [file, text] of rendered) {
      const head = text.slice(0, 400);
      expect(head, file).toMatch(/Do not (make direct changes|edit)/);
      expect(head, file).toContain('pnpm generate');
    }
  });

  it('generates no copies: each output differs from every other (packages share by depending)', () => {
    const byText = new Map();
    for (const [file, text] of rendered) {
      expect(byText.get(text), `${file} repeats another output byte for byte`).toBeUndefined();
      byText.set(text, file);
    }
  });

  it('lists all 34 platform operations in the operations table', () => {
    const table = rendered.get('packages/client/src/generated/operations.ts');
    expect(table.match(/^ {2}\w+: \{"method"/gm)).toHaveLength(34);
  });

  describe('drift check on a copy of the repo', () => {
    let copy;
    beforeAll(async () => {
      copy = await mkdtemp(path.join(tmpdir(), 'caac-drift-'));
      await cp(path.join(root, 'spec'), path.join(copy, 'spec'), { recursive: true });
      await cp(
        path.join(root, 'scripts/codegen.manifest.json'),
        path.join(copy, 'scripts/codegen.manifest.json'),
      );
      for (const [file, text] of rendered) {
        await cp(path.join(root, file), path.join(copy, file)).catch(async () => {
          await writeFile(path.join(copy, file), text);
        });
      }
    });
    afterAll(() => rm(copy, { recursive: true, force: true }));

    it('passes when generated files match the spec', async () => {
      const drift = await compareWithDisk(copy, manifest, await renderAll(copy, manifest));
      expect(drift).toEqual({ changed: [], missing: [], stray: [] });
    });

    it('fails naming each stale file and the command to run when a spec field changes', async () => {
      const specFile = path.join(copy, 'spec/caac.openapi.yaml');
      const spec = await readFile(specFile, 'utf8');
      expect(spec).toContain('usage_count:');
      await writeFile(specFile, spec.replaceAll('usage_count:', 'usage_total:'));
      const drift = await compareWithDisk(copy, manifest, await renderAll(copy, manifest));
      expect(drift.changed).toEqual(
        expect.arrayContaining([
          'packages/client/src/generated/caac.ts',
          'packages/mock-server/generated-spec/caac.openapi.json',
        ]),
      );
      const message = describeDrift(drift);
      expect(message).toContain('changed: packages/client/src/generated/caac.ts');
      expect(message).toContain('Run `pnpm generate`');
    });

    it('flags a hand-added file in a generated folder', async () => {
      await writeFile(path.join(copy, 'packages/client/src/generated/extra.ts'), 'export {};\n');
      const drift = await compareWithDisk(copy, manifest, await renderAll(copy, manifest));
      expect(drift.stray).toEqual(['packages/client/src/generated/extra.ts']);
    });
  });
});
