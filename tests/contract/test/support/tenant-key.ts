import path from 'node:path';

/**
 * The API key of a test file's tenant. In stateful mode each key is its own organization, so
 * test files running side by side never see each other's writes.
 * @example tenantKey('/…/test/tags.test.ts') // 'contract-tags'
 */
export function tenantKey(testFile: string): string {
  return `contract-${path.basename(testFile, '.test.ts')}`;
}
