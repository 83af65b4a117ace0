import { excerpt, MAX_QUOTE_CHARS } from './excerpt.js';

/** What kind of body an agent answered with, judged from its content type and its text. */
export type BodyKind = 'empty' | 'json' | 'invalid-json' | 'html' | 'text';

/** An answer body, read for what a report can say about it. */
export interface AnswerBody {
  readonly kind: BodyKind;
  /** The parsed value when `kind` is `json`. */
  readonly json?: unknown;
  /** Whether the body is the spec's `Error` shape: an object with string `code` and `message`. */
  readonly isErrorFormat: boolean;
  /** Whether the body shows a stack trace or source file paths (a framework's debug page). */
  readonly exposesStackTrace: boolean;
  /** The agent's own words, whole up to a bound: an error's `message`, a page's title, the text. */
  readonly message?: string;
}

/**
 * Reads an answer body (`secrets` already masked in `text`) for the checks and the report: JSON or not, the
 * spec's `Error` shape or not, a stack trace or not, and what the agent said.
 *
 * @example
 * readAnswerBody('application/json', '{"code":"unauthorized","message":"missing bearer token"}').message;
 * // 'missing bearer token (code unauthorized)'
 */
export function readAnswerBody(
  contentType: string | null,
  text: string,
  secrets: readonly string[] = [],
): AnswerBody {
  const exposesStackTrace = STACK_FRAME.test(text) || NODE_MODULES_PATH.test(text);
  if (text.trim() === '') return { kind: 'empty', isErrorFormat: false, exposesStackTrace };
  const type = mediaType(contentType);
  if (isJsonType(type)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return {
        kind: 'invalid-json',
        isErrorFormat: false,
        exposesStackTrace,
        message: excerpt(text, MAX_QUOTE_CHARS, secrets),
      };
    }
    return {
      kind: 'json',
      json,
      isErrorFormat:
        isRecord(json) && typeof json.code === 'string' && typeof json.message === 'string',
      exposesStackTrace,
      message: jsonMessage(json, secrets),
    };
  }
  if (type === 'text/html' || /^\s*<(!doctype html|html)[\s>]/i.test(text)) {
    // Express and Koa put the error's first line in <pre>; the <title> is often just "Error".
    const title =
      /<pre[^>]*>([^<]*)/i.exec(text)?.[1] ?? /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    const what = exposesStackTrace ? 'an HTML page with a stack trace' : 'an HTML page';
    return {
      kind: 'html',
      isErrorFormat: false,
      exposesStackTrace,
      message: title?.trim() ? `${what}: ${excerpt(decodeEntities(title), 200, secrets)}` : what,
    };
  }
  return {
    kind: 'text',
    isErrorFormat: false,
    exposesStackTrace,
    message: excerpt(text, MAX_QUOTE_CHARS, secrets),
  };
}

/** Whether a content type is JSON (`application/json` or `application/*+json`). */
export function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(contentType: string | null): string {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

// "    at handler (/srv/app/index.js:12:5)" and the like, as Node, Express and Koa print them.
const STACK_FRAME = /\bat (?:\S+ )?\(?(?:\/|[A-Za-z]:\\|file:\/\/|node:)[^\s)]*:\d+:\d+\)?/;
const NODE_MODULES_PATH = /[/\\]node_modules[/\\]/;

function jsonMessage(json: unknown, secrets: readonly string[]): string | undefined {
  if (!isRecord(json)) return excerpt(JSON.stringify(json), MAX_QUOTE_CHARS, secrets);
  const error = isRecord(json.error) ? json.error : undefined;
  const message = [json.message, error?.message, json.error, json.detail, json.title].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (message === undefined) return excerpt(JSON.stringify(json), MAX_QUOTE_CHARS, secrets);
  const code = [json.code, error?.code].find((value) => typeof value === 'string');
  const details = Array.isArray(json.details)
    ? json.details
        .filter(isRecord)
        .map((d) => [d.field, d.message].filter((part) => typeof part === 'string').join(': '))
        .filter((d) => d !== '')
    : [];
  return excerpt(
    message +
      (details.length > 0 ? ` [${details.join('; ')}]` : '') +
      (code === undefined ? '' : ` (code ${code})`),
    MAX_QUOTE_CHARS,
    secrets,
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
