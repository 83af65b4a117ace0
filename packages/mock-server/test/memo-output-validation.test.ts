import type { IHttpOperation } from '@stoplight/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrism } from '../src/prism/load-prism.js';
import { memoizeOutputValidation } from '../src/prism/memo-output-validation.js';
import {
  createResponseValidator,
  type ResponseValidator,
} from '../src/prism/response-validator.js';
import { bundledSpecPath } from '../src/spec/bundled-spec.js';
import { loadOperations } from '../src/spec/load-operations.js';
import { responseExample } from './helpers/spec.js';

describe('the output-validation cache (real Prism validator)', () => {
  let listTags: IHttpOperation;
  let validate: ResponseValidator;
  beforeAll(async () => {
    const operations = await loadOperations(bundledSpecPath('caac'));
    listTags = operations.find((o) => o.iid === 'listTags') as IHttpOperation;
    const prism = loadPrism();
    const logger = prism.createLogger('test', { level: 'silent' });
    validate = memoizeOutputValidation(createResponseValidator(prism, logger));
  }, 60_000);

  const json = { 'content-type': 'application/json' };

  it('reuses the verdict for the same body, status and headers', async () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    const response = { statusCode: 200, headers: json, body };
    const first = await validate(listTags, response);
    expect(first).toEqual([]);
    expect(await validate(listTags, { ...response })).toBe(first);
  });

  it('keys the verdict by status: the same body under another status is judged again', async () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    expect(await validate(listTags, { statusCode: 200, headers: json, body })).toEqual([]);
    // A tag list is no Error body: as a 401 it must fail, not inherit the 200's clean verdict.
    const as401 = await validate(listTags, { statusCode: 401, headers: json, body });
    expect(as401.length).toBeGreaterThan(0);
  });

  it('keys the verdict by headers: the same body with another Content-Type is judged again', async () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    expect(await validate(listTags, { statusCode: 200, headers: json, body })).toEqual([]);
    const asText = await validate(listTags, {
      statusCode: 200,
      headers: { 'content-type': 'text/plain' },
      body,
    });
    expect(asText.length).toBeGreaterThan(0);
  });

  it("judges with Prism's own response validation: a body of the wrong type fails", async () => {
    const problems = await validate(listTags, { statusCode: 200, headers: json, body: 42 });
    expect(problems.map((p) => `${p.path?.join('.')} ${p.message}`).join('\n')).toMatch(
      /body.*must be object/,
    );
  });
});
