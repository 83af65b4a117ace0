import type { IHttpOperation } from '@stoplight/types';
import type { ApiKeyVerdict } from '../journal/journal.js';

/** Environment variable the CLI reads valid keys from (comma-separated). */
export const API_KEYS_ENV = 'CAAC_MOCK_API_KEYS';

/**
 * Judges a request's API key for an operation that requires one.
 *
 * Rules: operations whose security accepts no credentials, or no `apiKey`-in-header scheme, are
 * `not-required` (Prism still checks other schemes). A missing or empty key is `missing`. With
 * configured keys, a key outside the set is `unknown`; with none configured, any non-empty key
 * is `valid`, matching plain Prism.
 *
 * @example
 * apiKeyVerdict(listTags, { apikey: 'k1' }, new Set(['k1'])); // 'valid'
 * apiKeyVerdict(listTags, {}, new Set(['k1']));               // 'missing'
 */
export function apiKeyVerdict(
  operation: IHttpOperation,
  headers: Record<string, string>,
  validKeys: ReadonlySet<string>,
): ApiKeyVerdict {
  const names = apiKeyHeaderNames(operation);
  if (names.length === 0) return 'not-required';
  const presented = names
    .map((name) => headers[name])
    .find((value) => value !== undefined && value !== '');
  if (presented === undefined) return 'missing';
  if (validKeys.size > 0 && !validKeys.has(presented)) return 'unknown';
  return 'valid';
}

const headerNamesCache = new WeakMap<IHttpOperation, string[]>();

/** Lower-cased header names of the operation's apiKey schemes; empty when a key is optional. */
export function apiKeyHeaderNames(operation: IHttpOperation): string[] {
  const cached = headerNamesCache.get(operation);
  if (cached) return cached;
  const alternatives = operation.security ?? [];
  // An empty requirement set ({}) in `security` means "no credentials needed".
  const optional = alternatives.some((requirement) => requirement.length === 0);
  const names = optional
    ? []
    : [
        ...new Set(
          alternatives.flatMap((requirement) =>
            requirement.flatMap((scheme) =>
              scheme.type === 'apiKey' && scheme.in === 'header' ? [scheme.name.toLowerCase()] : [],
            ),
          ),
        ),
      ];
  headerNamesCache.set(operation, names);
  return names;
}

/**
 * Parses a comma-separated key list (flag or environment variable) into a set.
 *
 * @example
 * parseApiKeys('k1, k2'); // Set { 'k1', 'k2' }
 */
export function parseApiKeys(list: string | undefined): Set<string> {
  return new Set(
    (list ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
  );
}
