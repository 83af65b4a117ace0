import type { IPrismDiagnostic } from '@stoplight/prism-core';
import type { IHttpOperation } from '@stoplight/types';
import type { ResponseValidator } from './response-validator.js';

/**
 * Wraps Prism's response validation with a cache for answers it has already judged.
 *
 * Why: in static mode Prism answers with the spec's example object itself (the same reference
 * every time), and validating it against its schema is the most expensive step left per request
 * (~60 µs of ~150 µs). Validation is a pure function of operation, status, headers and body, so
 * the verdict for the same body object, status and headers can be reused. Generated (dynamic)
 * bodies are new objects each time and are validated every time; entries die with their body.
 *
 * @example
 * const validate = memoizeOutputValidation(createResponseValidator(prism, logger));
 */
export function memoizeOutputValidation(validate: ResponseValidator): ResponseValidator {
  const cache = new WeakMap<object, WeakMap<IHttpOperation, Map<string, IPrismDiagnostic[]>>>();
  return async (operation, response) => {
    const body = response.body;
    if (typeof body !== 'object' || body === null) return validate(operation, response);
    const key = `${response.statusCode} ${JSON.stringify(response.headers ?? {})}`;
    let byOperation = cache.get(body);
    if (!byOperation) {
      byOperation = new WeakMap();
      cache.set(body, byOperation);
    }
    let byKey = byOperation.get(operation);
    if (!byKey) {
      byKey = new Map();
      byOperation.set(operation, byKey);
    }
    const known = byKey.get(key);
    if (known) return known;
    const verdict = await validate(operation, response);
    byKey.set(key, verdict);
    return verdict;
  };
}
