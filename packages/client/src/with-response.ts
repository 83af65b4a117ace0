import type { Sent } from './call-operation.js';

/** What `.withResponse()` resolves to: the parsed body, the `Response` and its request id. */
export interface CaacWithResponse<T> {
  data: T;
  /** The HTTP response; its body has already been read into `data`. */
  response: Response;
  /** `X-Request-Id` of the answer: quote it to CAAC support. */
  requestId: string | undefined;
}

/**
 * What a resource method returns: a `Promise` of the parsed body that can also give the
 * response it came from.
 * @example const { data, response, requestId } = await caac.tags.create({ name: 'VIP' }).withResponse();
 */
export interface CaacPromise<T> extends Promise<T> {
  /** Resolves to the body together with the `Response` and request id; rejects like the call. */
  withResponse(): Promise<CaacWithResponse<T>>;
}

/**
 * The `withResponse()` view of a sent call.
 * @example withResponse(await sent) // → { data, response, requestId }
 */
export function withResponse<T>({ data, response }: Sent): CaacWithResponse<T> {
  return {
    data: data as T,
    response,
    requestId: response.headers.get('x-request-id') ?? undefined,
  };
}

/**
 * Wraps a sent call into the `CaacPromise` a resource method returns.
 * @example caacPromise(callOperation('listTags')).withResponse()
 */
export function caacPromise<T>(sent: Promise<Sent>): CaacPromise<T> {
  const data = sent.then((s) => s.data as T);
  return Object.assign(data, {
    withResponse() {
      // The caller now handles a failure through this promise; the body-only one must not also
      // report it as unhandled.
      data.catch(() => {});
      return sent.then(withResponse<T>);
    },
  });
}
