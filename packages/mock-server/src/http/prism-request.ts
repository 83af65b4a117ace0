import type { IHttpOperation } from '@stoplight/types';
import type { EngineRequest } from '../prism/engine.js';
import { JSON_MEDIA_TYPE, readMediaType } from './media-type.js';

/**
 * The request as Prism should see it once the mock has judged it: `Accept` reduced to JSON
 * (the checks before ensured JSON is acceptable, and Prism's negotiation fails with a 500 on
 * values like `*\/*;q=abc`), a malformed `Content-Type` left out (Prism's MIME parser throws
 * on it), and no body for an operation that takes none (or no operation at all).
 *
 * @example
 * forPrism(request, operation).headers.accept; // 'application/json'
 */
export function forPrism(
  request: EngineRequest,
  operation: IHttpOperation | undefined,
): EngineRequest {
  const { accept, 'content-type': contentType } = request.headers;
  const takesBody = (operation?.request?.body?.contents?.length ?? 0) > 0;
  const keepType = contentType === undefined || readMediaType(contentType).ok;
  const keepBody = takesBody || request.body === null;
  if ((accept === undefined || accept === JSON_MEDIA_TYPE) && keepType && keepBody) return request;
  const { 'content-type': _type, ...others } = request.headers;
  const headers = keepType ? { ...request.headers } : others;
  if (accept !== undefined) headers.accept = JSON_MEDIA_TYPE;
  return { ...request, headers, body: keepBody ? request.body : null };
}
