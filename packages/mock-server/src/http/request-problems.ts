import type { IHttpOperation } from '@stoplight/types';
import { acceptsJson, JSON_MEDIA_TYPE, readMediaType } from './media-type.js';
import type { RequestBody } from './read-request-body.js';

/** A malformed request the mock answers itself, in the spec's Error format. */
export interface RequestProblem {
  readonly status: 400 | 406 | 413 | 415;
  readonly message: string;
  readonly details: readonly { readonly field: string; readonly message: string }[];
}

/** What {@link requestProblem} looks at. */
export interface ProblemInput {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: RequestBody;
}

/**
 * Finds what makes a request unanswerable before Prism sees it: a body over the size limit
 * (413), a path that is not valid percent-encoded UTF-8 or an integer path parameter that is
 * not a plain decimal integer (400), an `Accept` that admits no JSON (406), a body whose
 * `Content-Type` is malformed or not the operation's (415), or a JSON body that does not parse
 * (400). Prism would answer several of these with a 500, or coerce `0x10` into 16.
 *
 * @example
 * requestProblem(getUser, { path: '/caac/v1/users/0x10', headers: {}, body: { kind: 'none' } });
 * // { status: 400, message: 'path parameter user_id must be a decimal integer, got "0x10"', … }
 */
export function requestProblem(
  operation: IHttpOperation | undefined,
  input: ProblemInput,
): RequestProblem | undefined {
  const { body } = input;
  if (body.kind === 'too-large') {
    const message = `request body is larger than ${body.limit} bytes`;
    return { status: 413, message, details: [{ field: 'body', message }] };
  }
  if (!operation) return undefined;
  const pathProblem = findPathProblem(operation, input.path);
  if (pathProblem) return pathProblem;
  if (!acceptsJson(input.headers.accept)) {
    const message = `Accept "${input.headers.accept}" admits no answer this API sends (${JSON_MEDIA_TYPE})`;
    return { status: 406, message, details: [{ field: 'header.accept', message }] };
  }
  const declared = operation.request?.body?.contents?.map((c) => c.mediaType.toLowerCase());
  if (body.kind === 'none' || !declared || declared.length === 0) return undefined;
  const mediaType = readMediaType(input.headers['content-type']);
  if (!mediaType.ok || !declared.includes(mediaType.type)) {
    const given = input.headers['content-type'];
    const why =
      given === undefined
        ? 'is missing'
        : mediaType.ok
          ? `"${given}" is not accepted`
          : `"${given}" is malformed (${mediaType.error})`;
    const message = `Content-Type ${why}; send ${declared.join(' or ')}`;
    return { status: 415, message, details: [{ field: 'header.content-type', message }] };
  }
  if (body.kind === 'malformed-json') {
    const message = `request body is not valid JSON: ${body.error}`;
    return { status: 400, message, details: [{ field: 'body', message: body.error }] };
  }
  return undefined;
}

/** The largest id a JSON number carries exactly. */
const MAX_ID = Number.MAX_SAFE_INTEGER;
const DECIMAL_INTEGER = /^(?:0|-?[1-9]\d*)$/;

interface IntegerParam {
  readonly name: string;
  /** Index of the param's segment in the path split at `/`. */
  readonly segment: number;
  readonly minimum: unknown;
  readonly maximum: unknown;
}

/** Per operation, computed once: its integer path params and where they sit. */
const integerParamsCache = new WeakMap<IHttpOperation, readonly IntegerParam[]>();

function integerParams(operation: IHttpOperation): readonly IntegerParam[] {
  const cached = integerParamsCache.get(operation);
  if (cached) return cached;
  const params: IntegerParam[] = [];
  for (const [segment, part] of operation.path.split('/').entries()) {
    const name = /^{([^}]+)}$/.exec(part)?.[1];
    if (name === undefined) continue;
    const schema = operation.request?.path?.find((p) => p.name === name)?.schema;
    if (![schema?.type].flat().includes('integer')) continue;
    params.push({ name, segment, minimum: schema?.minimum, maximum: schema?.maximum });
  }
  integerParamsCache.set(operation, params);
  return params;
}

function findPathProblem(operation: IHttpOperation, path: string): RequestProblem | undefined {
  const params = integerParams(operation);
  // Most paths have neither escapes nor integer ids: nothing to split or decode then.
  const encoded = path.includes('%');
  if (!encoded && params.length === 0) return undefined;
  const segments = path.split('/');
  if (encoded) {
    for (const [index, segment] of segments.entries()) {
      try {
        segments[index] = decodeURIComponent(segment);
      } catch {
        const message = `path segment "${segment}" is not valid percent-encoded UTF-8`;
        return { status: 400, message, details: [{ field: 'path', message }] };
      }
    }
  }
  const details: { field: string; message: string }[] = [];
  for (const param of params) {
    const value = segments[param.segment];
    if (value === undefined) continue;
    const problem = integerProblem(value, param.minimum, param.maximum);
    if (problem) details.push({ field: `path.${param.name}`, message: problem });
  }
  const first = details[0];
  if (!first) return undefined;
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return {
    status: 400,
    message: `path parameter ${first.field.slice(5)} ${first.message}${more}`,
    details,
  };
}

function integerProblem(value: string, minimum: unknown, maximum: unknown): string | undefined {
  if (!DECIMAL_INTEGER.test(value)) {
    return `must be a decimal integer, got ${JSON.stringify(value)}`;
  }
  const n = Number(value);
  if (Math.abs(n) > MAX_ID) return `must be at most ${MAX_ID} in magnitude, got ${value}`;
  if (typeof minimum === 'number' && n < minimum) return `must be >= ${minimum}, got ${value}`;
  if (typeof maximum === 'number' && n > maximum) return `must be <= ${maximum}, got ${value}`;
  return undefined;
}
