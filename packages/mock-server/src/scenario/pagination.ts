import type { IHttpOperation } from '@stoplight/types';
import type { Preferences } from './prefer.js';

/** Query parameters that ask for a page after the first one. */
export const CURSOR_PARAMS = ['cursor', 'after', 'before'] as const;
/** The example a continued list request gets, so a paginated walk reaches its end. */
export const LAST_PAGE_EXAMPLE = 'lastPage';

/**
 * The example a list request should be answered with. A request that carries `cursor`, `after`
 * or `before` gets the operation's `lastPage` example (whose `cursor.next` is null) unless its
 * `Prefer` header already chose an example, dynamic data, or a status without that example.
 * Operations without a `lastPage` example are left to Prism.
 *
 * @example
 * pageExample(listChannelsV2, { cursor: 'c2' }, {}); // 'lastPage'
 * pageExample(listChannelsV2, {}, {});               // undefined: Prism answers firstPage
 */
export function pageExample(
  operation: IHttpOperation,
  query: Record<string, string | string[]>,
  preferences: Preferences,
): string | undefined {
  if (preferences.example !== undefined || preferences.dynamic === true) return undefined;
  if (!CURSOR_PARAMS.some((name) => query[name] !== undefined)) return undefined;
  const owner = operation.responses.find((response) =>
    response.contents?.some((content) =>
      content.examples?.some((example) => example.key === LAST_PAGE_EXAMPLE),
    ),
  );
  if (!owner) return undefined;
  if (preferences.code !== undefined && String(preferences.code) !== owner.code) return undefined;
  return LAST_PAGE_EXAMPLE;
}
