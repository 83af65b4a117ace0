import { parse as parseContentType } from 'content-type';
import Negotiator from 'negotiator';

/** The only media type the CAAC API speaks, for bodies and answers alike. */
export const JSON_MEDIA_TYPE = 'application/json';

/** A `Content-Type` header read strictly: the lower-cased type, or why it is not one. */
export type MediaType =
  | { readonly ok: true; readonly type: string }
  | { readonly ok: false; readonly error: string };

/**
 * Parses a `Content-Type` value with the `content-type` package (RFC 9110 grammar), so a
 * malformed header is reported instead of half-understood.
 *
 * @example
 * readMediaType('application/json; charset=utf-8'); // { ok: true, type: 'application/json' }
 * readMediaType('invalid');                          // { ok: false, error: 'invalid media type' }
 */
export function readMediaType(header: string | undefined): MediaType {
  if (header === undefined || header.trim() === '') return { ok: false, error: 'missing' };
  try {
    return { ok: true, type: parseContentType(header).type };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** True for `application/json` and `application/*+json`, with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const parsed = readMediaType(contentType);
  if (!parsed.ok) return false;
  const { type } = parsed;
  return type === JSON_MEDIA_TYPE || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * True when an `Accept` header admits JSON. A missing or blank header accepts anything
 * (RFC 9110 §12.5.1); otherwise `negotiator` decides, so `garbage`, `,`, `a/b/c` and
 * `*\/*;q=abc` (no usable media range) admit nothing.
 *
 * @example
 * acceptsJson('application/json;q=0.5, text/html'); // true
 * acceptsJson('*\/*;q=abc');                        // false
 */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '' || accept === JSON_MEDIA_TYPE) return true;
  return new Negotiator({ headers: { accept } }).mediaTypes([JSON_MEDIA_TYPE]).length > 0;
}
