import type { IPrismComponents } from '@stoplight/prism-core';
import type { IHttpConfig, IHttpRequest, IHttpResponse } from '@stoplight/prism-http';
import type { IHttpOperation } from '@stoplight/types';

type ValidateOutput = IPrismComponents<
  IHttpOperation,
  IHttpRequest,
  IHttpResponse,
  IHttpConfig
>['validateOutput'];
type Validation = ReturnType<ValidateOutput>;

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
 * const validateOutput = memoizeOutputValidation(prism.validateOutput);
 */
export function memoizeOutputValidation(validate: ValidateOutput): ValidateOutput {
  const cache = new WeakMap<object, WeakMap<IHttpOperation, Map<string, Validation>>>();
  return (args) => {
    const { resource, element } = args;
    const body = element.body;
    if (typeof body !== 'object' || body === null) return validate(args);
    const key = `${element.statusCode} ${JSON.stringify(element.headers ?? {})}`;
    let byOperation = cache.get(body);
    if (!byOperation) {
      byOperation = new WeakMap();
      cache.set(body, byOperation);
    }
    let byKey = byOperation.get(resource);
    if (!byKey) {
      byKey = new Map();
      byOperation.set(resource, byKey);
    }
    const known = byKey.get(key);
    if (known) return known;
    const verdict = validate(args);
    byKey.set(key, verdict);
    return verdict;
  };
}
