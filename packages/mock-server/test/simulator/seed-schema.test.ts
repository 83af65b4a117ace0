import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// The seed check compiles this schema without checking it against the meta-schema (start time),
// so the check happens here instead.
describe('the published seed schema', () => {
  it('is a valid JSON Schema 2020-12 document', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/organization.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validateSchema({ type: 'objekt' })).toBe(false);
  });
});
