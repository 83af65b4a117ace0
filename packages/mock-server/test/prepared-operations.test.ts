import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSpecPath } from '../src/spec/bundled-spec.js';
import { loadOperations, preparedOperationsPath, specHash } from '../src/spec/load-operations.js';

// A copy of the bundled spec under a name of its own, so its prepared file never collides with the
// ones `pnpm build` writes (dist/prepared/caac.openapi.operations.json).
const dir = mkdtempSync(path.join(tmpdir(), 'caac-prepared-'));
const spec = path.join(dir, `prepared-test-${process.pid}.openapi.json`);
const prepared = preparedOperationsPath(spec);
const installedPrism = (
  createRequire(import.meta.url)('@stoplight/prism-http/package.json') as { version: string }
).version;
// A marker operation: seeing it back proves the prepared file was used instead of Prism's load.
const marker = [{ id: 'from-prepared-file', method: 'get', path: '/marker', responses: [] }];

function writePrepared(fields: Record<string, unknown>): void {
  mkdirSync(path.dirname(prepared), { recursive: true });
  writeFileSync(prepared, JSON.stringify({ ...fields, operations: marker }));
}

beforeAll(() => copyFileSync(bundledSpecPath('caac'), spec));
afterAll(() => {
  rmSync(prepared, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('operations prepared at build time', () => {
  const hash = () => specHash(readFileSync(spec));

  it('are used when both the spec hash and the Prism version match', async () => {
    writePrepared({ specSha256: hash(), prismVersion: installedPrism });
    expect(await loadOperations(spec)).toEqual(marker);
  });

  it('are ignored when another Prism version prepared them', async () => {
    writePrepared({ specSha256: hash(), prismVersion: '0.0.1-other' });
    const operations = await loadOperations(spec);
    expect(operations).not.toEqual(marker);
    expect(operations.length).toBeGreaterThanOrEqual(34);
  }, 60_000);

  it('are ignored when they name no Prism version (written by an older build)', async () => {
    writePrepared({ specSha256: hash() });
    expect(await loadOperations(spec)).not.toEqual(marker);
  }, 60_000);

  it('are ignored when the spec changed since', async () => {
    writePrepared({ specSha256: specHash('another spec'), prismVersion: installedPrism });
    expect(await loadOperations(spec)).not.toEqual(marker);
  }, 60_000);
});
