/** What every secret is replaced with. */
export const REDACTED = '[REDACTED]';

// Header and field names whose values are credentials, whatever their value.
const SENSITIVE_NAME = /^(x-)?api[-_]?key$|authorization$|cookie$/i;

/** Returns a copy of plain data with credentials masked. */
export type Redact = <T>(value: T) => T;

/**
 * Masks credentials in plain data (strings, arrays, plain objects, `Headers`): values under
 * sensitive names (`apikey`, `authorization`, `cookie`, …) and every occurrence of a known
 * secret inside any string, e.g. a server message that echoes the key back.
 * @example createRedactor(['sk-1'])({ apikey: 'sk-1', msg: 'bad key sk-1' })
 * // → { apikey: '[REDACTED]', msg: 'bad key [REDACTED]' }
 */
export function createRedactor(secrets: Iterable<string | null | undefined>): Redact {
  const known = [...secrets].filter((s): s is string => !!s);
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return known.reduce((text, secret) => text.split(secret).join(REDACTED), value);
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value instanceof Headers) return scrub(Object.fromEntries(value));
    if (value && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, SENSITIVE_NAME.test(k) ? REDACTED : scrub(v)]),
      );
    }
    return value;
  };
  return scrub as Redact;
}

/**
 * Values of credential headers among `headers` (a `Headers` or `Object.entries` of a record), so
 * a key passed per request is scrubbed too.
 * @example secretHeaderValues(new Headers({ apikey: 'k', accept: 'application/json' })) // → ['k']
 */
export function secretHeaderValues(headers: Iterable<[string, unknown]>): string[] {
  return [...headers]
    .filter(([name, value]) => SENSITIVE_NAME.test(name) && typeof value === 'string')
    .map(([, value]) => value as string);
}
