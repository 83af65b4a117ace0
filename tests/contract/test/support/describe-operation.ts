import { type OperationId, CAAC_OPERATIONS as operations } from '@caac/client';
import { describe, expect } from 'vitest';

/**
 * Declares the contract tests of one operation. The coverage gate
 * (scripts/check-contract-coverage.mjs) looks for these calls to prove every operation is tested.
 * @example describeOperation('listTags', () => { it('…', async () => { … }); });
 */
export function describeOperation(id: OperationId, body: () => void): void {
  const { method, path } = operations[id];
  describe(`${id}: ${method} ${path}`, body);
}

/**
 * Awaits a call that must fail, checks the typed error the client throws, and that the mock (not
 * the client) rejected it: exactly one request went out and got that status.
 * @example await expectRejection(client.tags.create({}), CaacUnprocessableEntityError, 422, statuses);
 */
export async function expectRejection(
  call: PromiseLike<unknown>,
  errorClass: abstract new (...args: never[]) => Error,
  status: number,
  statuses: readonly number[],
): Promise<Error & { status: number }> {
  const error = await Promise.resolve(call).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been rejected').toBeInstanceOf(errorClass);
  const typed = error as Error & { status: number };
  expect(typed.status).toBe(status);
  expect(statuses).toEqual([status]);
  return typed;
}
