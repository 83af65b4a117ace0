import type { IHttpOperation } from '@stoplight/types';

/** What a request asked for with `Prefer` (or Prism's `__code`-style query fallbacks). */
export interface Preferences {
  readonly code?: number;
  readonly example?: string;
  readonly dynamic?: boolean;
  readonly seed?: string;
}

/** A parse result: the preferences, or why they could not be read. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/**
 * Reads Prism's scenario controls: `Prefer: code=404, example=notFound, dynamic=true, seed=42`.
 * Without a `Prefer` header, Prism's query fallbacks `__code`, `__example`, `__dynamic` and
 * `__seed` apply, as in `prism mock`.
 *
 * @example
 * parsePreferences('code=200, example=lastPage', {}); // { ok: true, value: { code: 200, example: 'lastPage' } }
 */
export function parsePreferences(
  prefer: string | undefined,
  query: Record<string, string | string[]>,
): Parsed<Preferences> {
  const split = prefer ? splitPrefer(prefer) : queryFallbacks(query);
  if (!split.ok) return split;
  const raw = split.value;
  const value: { code?: number; example?: string; dynamic?: boolean; seed?: string } = {};
  if (raw.code !== undefined) {
    if (!/^\d{3}$/.test(raw.code))
      return fail(`Prefer code must be a 3-digit status, got "${raw.code}"`);
    value.code = Number(raw.code);
  }
  if (raw.example !== undefined) {
    if (raw.example === '') return fail('Prefer example must name an example, got an empty value');
    value.example = raw.example;
  }
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== 'true' && raw.dynamic !== 'false') {
      return fail(`Prefer dynamic must be true or false, got "${raw.dynamic}"`);
    }
    value.dynamic = raw.dynamic === 'true';
  }
  if (raw.seed !== undefined) {
    // Prism hands the seed to its faker; a word would be hashed silently into some number.
    if (!/^-?\d{1,15}$/.test(raw.seed))
      return fail(`Prefer seed must be an integer, got "${raw.seed}"`);
    value.seed = raw.seed;
  }
  return { ok: true, value };
}

type RawPreferences = Partial<Record<'code' | 'example' | 'dynamic' | 'seed', string>>;

const KNOWN = new Set(['code', 'example', 'dynamic', 'seed']);

function splitPrefer(header: string): Parsed<RawPreferences> {
  const raw: Record<string, string> = {};
  // RFC 7240 allows both `,` between preferences and `;` between parameters; Prism treats them alike.
  for (const token of header.split(/[,;]/)) {
    const eq = token.indexOf('=');
    if (eq === -1) continue;
    const name = token.slice(0, eq).trim().toLowerCase();
    if (!KNOWN.has(name)) continue;
    // Two values for one control would leave which one wins to chance: refuse instead.
    if (raw[name] !== undefined) return fail(`Prefer ${name} is given twice`);
    raw[name] = token
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { ok: true, value: raw };
}

function queryFallbacks(query: Record<string, string | string[]>): Parsed<RawPreferences> {
  const raw: Record<string, string> = {};
  for (const name of KNOWN) {
    const value = query[`__${name}`];
    if (Array.isArray(value)) return fail(`query __${name} is given twice`);
    if (value !== undefined) raw[name] = value;
  }
  return { ok: true, value: raw };
}

/**
 * Why a requested example cannot be served by the operation (for the requested status, when
 * one is given), or undefined when it can. Prism would quietly answer without it, e.g. a 204.
 *
 * @example
 * unknownExample(deleteTag, { example: 'nope' }); // 'deleteTag has no example "nope" (it has none)'
 */
export function unknownExample(
  operation: IHttpOperation,
  preferences: Preferences,
): string | undefined {
  const { example, code } = preferences;
  if (example === undefined) return undefined;
  const responses =
    code === undefined
      ? operation.responses
      : operation.responses.filter((response) => response.code === String(code));
  const names = new Set<string>();
  for (const response of responses) {
    for (const content of response.contents ?? []) {
      for (const known of content.examples ?? []) names.add(known.key);
    }
  }
  if (names.has(example)) return undefined;
  const where = code === undefined ? operation.iid : `${operation.iid} ${code}`;
  const known = names.size === 0 ? 'it has none' : `it has ${[...names].join(', ')}`;
  return `Prefer example "${example}": ${where} has no such example (${known})`;
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
