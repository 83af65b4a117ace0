import type { IHttpOperation } from '@stoplight/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrism } from '../src/prism/load-prism.js';
import { memoizeOutputValidation } from '../src/prism/memo-output-validation.js';
import { bundledSpecPath } from '../src/spec/bundled-spec.js';
import { loadOperations } from '../src/spec/load-operations.js';
import { responseExample } from './helpers/spec.js';

type Verdict = ReturnType<ReturnType<typeof loadPrism>['validateOutput']>;

/** The diagnostics of a verdict (Prism returns an fp-ts Either). */
function problems(verdict: Verdict): unknown[] {
  return (verdict as { _tag: string; left?: unknown[] })._tag === 'Left'
    ? ((verdict as { left: unknown[] }).left ?? [])
    : [];
}

describe('the output-validation cache (real Prism validator)', () => {
  let listTags: IHttpOperation;
  let validate: ReturnType<typeof loadPrism>['validateOutput'];
  beforeAll(async () => {
    const operations = await loadOperations(bundledSpecPath('caac'));
    listTags = operations.find((o) => o.iid === 'listTags') as IHttpOperation;
    validate = memoizeOutputValidation(loadPrism().validateOutput);
  }, 60_000);

  const json = { 'content-type': 'application/json' };

  it('reuses the verdict for the same body, status and headers', () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    const element = { statusCode: 200, headers: json, body };
    const first = validate({ resource: listTags, element });
    expect(problems(first)).toEqual([]);
    expect(validate({ resource: listTags, element: { ...element } })).toBe(first);
  });

  it('keys the verdict by status: the same body under another status is judged again', () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    expect(
      problems(validate({ resource: listTags, element: { statusCode: 200, headers: json, body } })),
    ).toEqual([]);
    // A tag list is no Error body: as a 401 it must fail, not inherit the 200's clean verdict.
    const as401 = validate({
      resource: listTags,
      element: { statusCode: 401, headers: json, body },
    });
    expect(problems(as401).length).toBeGreaterThan(0);
  });

  it('keys the verdict by headers: the same body with another Content-Type is judged again', () => {
    const body = responseExample('/caac/v1/tags', 'get', '200', 'tags');
    expect(
      problems(validate({ resource: listTags, element: { statusCode: 200, headers: json, body } })),
    ).toEqual([]);
    const asText = validate({
      resource: listTags,
      element: { statusCode: 200, headers: { 'content-type': 'text/plain' }, body },
    });
    expect(problems(asText).length).toBeGreaterThan(0);
  });
});
