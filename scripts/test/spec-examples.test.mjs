import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExamples, createExampleValidator } from '../generators/example-validator.mjs';
import { bundleSpec } from '../generators/load-spec.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe.each([
  ['spec/caac.openapi.yaml', 34],
  ['spec/ai-agent.openapi.yaml', 1],
])('%s examples', async (spec, operationCount) => {
  const doc = await bundleSpec(path.join(root, spec));
  const cases = collectExamples(doc);
  const check = createExampleValidator(doc);

  it('declares at least one example for every operation response', () => {
    const operations = Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(operationCount);
    expect(cases.length).toBeGreaterThanOrEqual(operationCount);
  });

  it.each(cases.map((c) => [c.where, c]))('%s validates against its schema', (_where, c) => {
    expect(check(c.schema, c.example)).toEqual([]);
  });
});

describe('example validator', () => {
  it('reports an example that breaks its schema, with the path', () => {
    const check = createExampleValidator({
      components: {
        schemas: {
          Tag: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
        },
      },
    });
    expect(check({ $ref: '#/components/schemas/Tag' }, { id: 'seven' })).toEqual([
      '/id must be integer',
    ]);
    expect(check({ $ref: '#/components/schemas/Tag' }, { id: 7 })).toEqual([]);
  });
});
