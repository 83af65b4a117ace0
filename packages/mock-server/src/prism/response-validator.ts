import type { IPrismDiagnostic } from '@stoplight/prism-core';
import type { IHttpConfig, IHttpResponse } from '@stoplight/prism-http';
import type { HttpMethod, IHttpOperation } from '@stoplight/types';
// fp-ts 2 has no `exports` map: Node's ESM resolver needs the file path (`fp-ts/Either` is a directory).
import { isLeft, right } from 'fp-ts/lib/Either.js';
import type { HttpComponents, PrismModules } from './load-prism.js';

/** Judges one response against its operation; resolves to Prism's diagnostics (none = valid). */
export type ResponseValidator = (
  operation: IHttpOperation,
  response: IHttpResponse,
) => Promise<IPrismDiagnostic[]>;

const VALIDATE_RESPONSE_ONLY: IHttpConfig = {
  isProxy: false,
  validateRequest: false,
  checkSecurity: false,
  validateResponse: true,
  errors: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

/**
 * Prism's response validation on its own, through the public `createInstance` only.
 *
 * Why: `@stoplight/prism-http` does not export its `validateOutput` component, so the mock cannot
 * wrap it with a cache. Instead a second Prism instance runs Prism's own pipeline with request
 * checks off, a router that picks the operation it is given and a "mocker" that answers with the
 * response to judge; Prism's default `validateOutput` does the judging.
 *
 * @example
 * const validate = createResponseValidator(loadPrism(), logger);
 * const problems = await validate(operation, { statusCode: 200, headers, body });
 */
export function createResponseValidator(
  prism: PrismModules,
  logger: HttpComponents['logger'],
): ResponseValidator {
  const instance = prism.createInstance(VALIDATE_RESPONSE_ONLY, {
    logger,
    route: ({ resources }) => right(resources[0] as IHttpOperation),
    // The response rides in the request body: Prism hands the request to the mocker unchanged.
    mock:
      ({ input }) =>
      () =>
        right(input.data.body as IHttpResponse),
  });
  return async (operation, response) => {
    const result = await instance.request(
      { method: operation.method as HttpMethod, url: { path: operation.path }, body: response },
      [operation],
    )();
    if (isLeft(result)) throw result.left;
    return result.right.validations.output;
  };
}
