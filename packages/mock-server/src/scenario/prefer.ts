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
  const raw = prefer ? splitPrefer(prefer) : queryFallbacks(query);
  const value: { code?: number; example?: string; dynamic?: boolean; seed?: string } = {};
  if (raw.code !== undefined) {
    if (!/^\d{3}$/.test(raw.code))
      return fail(`Prefer code must be a 3-digit status, got "${raw.code}"`);
    value.code = Number(raw.code);
  }
  if (raw.example !== undefined) value.example = raw.example;
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== 'true' && raw.dynamic !== 'false') {
      return fail(`Prefer dynamic must be true or false, got "${raw.dynamic}"`);
    }
    value.dynamic = raw.dynamic === 'true';
  }
  if (raw.seed !== undefined) value.seed = raw.seed;
  return { ok: true, value };
}

type RawPreferences = Partial<Record<'code' | 'example' | 'dynamic' | 'seed', string>>;

const KNOWN = new Set(['code', 'example', 'dynamic', 'seed']);

function splitPrefer(header: string): RawPreferences {
  const raw: Record<string, string> = {};
  // RFC 7240 allows both `,` between preferences and `;` between parameters; Prism treats them alike.
  for (const token of header.split(/[,;]/)) {
    const eq = token.indexOf('=');
    if (eq === -1) continue;
    const name = token.slice(0, eq).trim().toLowerCase();
    if (!KNOWN.has(name)) continue;
    raw[name] = token
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return raw;
}

function queryFallbacks(query: Record<string, string | string[]>): RawPreferences {
  const pick = (name: string): string | undefined => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const raw: Record<string, string> = {};
  for (const name of KNOWN) {
    const value = pick(`__${name}`);
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
