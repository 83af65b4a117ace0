import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coveredOperations, operationIds } from '../check-contract-coverage.mjs';
import { readSpec } from '../generators/load-spec.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('contract coverage gate', () => {
  let dir;
  afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('reads all 34 operationIds from the spec', async () => {
    const ids = operationIds(await readSpec(path.join(root, 'spec/caac.openapi.yaml')));
    expect(ids).toHaveLength(34);
    expect(ids).toContain('getBackupDetail');
  });

  it('counts only operations declared with describeOperation', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caac-gate-'));
    await writeFile(
      path.join(dir, 'a.test.ts'),
      "describeOperation('listTags', () => {});\ndescribe('deleteUser', () => {});\n",
    );
    expect([...(await coveredOperations(dir))]).toEqual(['listTags']);
  });

  it('finds every operation in the real contract suite', async () => {
    const ids = operationIds(await readSpec(path.join(root, 'spec/caac.openapi.yaml')));
    const covered = await coveredOperations(path.join(root, 'tests/contract/test'));
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });
});
