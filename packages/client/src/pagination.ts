import type { Sent } from './call-operation.js';
import { CaacError } from './errors.js';
import { type CaacWithResponse, withResponse } from './with-response.js';

/** Pages a list call follows before it throws, so a server that never ends cannot loop forever. */
export const DEFAULT_MAX_PAGES = 10_000;

/**
 * What a paginated list method returns. `await` it for the first page; `for await` it for every
 * item across pages; `pages()` for whole pages. Pages are fetched lazily, one at a time, so
 * breaking out of the loop stops fetching.
 * @example for await (const user of client.users.list({ limit: 200 })) console.log(user.id);
 */
export interface CaacPaginator<Page, Item> extends AsyncIterable<Item>, PromiseLike<Page> {
  /** Each page as the API returned it, following `cursor.next` until it is null. */
  pages(): AsyncGenerator<Page, void, undefined>;
  /** The first page together with its `Response` and request id. */
  withResponse(): Promise<CaacWithResponse<Page>>;
}

/** A page of a v2 list: its items live under one key, the next cursor under `cursor.next`. */
type CursorPage = { cursor?: { next?: string | null } | undefined };

/**
 * Follows `cursor.next` from the first page (`fetchPage()` with no cursor) to the last; each
 * fetch resolves to the page with its response. A cursor
 * the server already sent, or more than `maxPages` pages, throws a `CaacError`.
 * @example paginate((cursor) => fetchUsers(cursor), 'users', 'listUsers')
 */
export function paginate<Page extends CursorPage, Item>(
  fetchPage: (cursor?: string) => Promise<Sent>,
  itemsKey: string,
  label: string,
  maxPages = DEFAULT_MAX_PAGES,
): CaacPaginator<Page, Item> {
  let first: Promise<Sent> | undefined;
  const firstPage = () => (first ??= fetchPage());
  async function* pages(): AsyncGenerator<Page, void, undefined> {
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let count = 1; ; count++) {
      const page = (await fetchPage(cursor)).data as Page;
      yield page;
      const next = page.cursor?.next;
      if (!next) return;
      if (seen.has(next)) {
        throw new CaacError(
          `${label}: the API sent cursor "${next}" twice; stopping instead of looping`,
        );
      }
      if (count >= maxPages) {
        throw new CaacError(
          `${label}: more than ${maxPages} pages; pass a larger \`maxPages\` to read on`,
        );
      }
      seen.add(next);
      cursor = next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        yield* ((page as Record<string, unknown>)[itemsKey] as Item[] | undefined) ?? [];
      }
    },
    // biome-ignore lint/suspicious/noThenProperty: deliberately thenable, so `await list()` gives the first page like every other method.
    then(onFulfilled, onRejected) {
      return firstPage()
        .then((sent) => sent.data as Page)
        .then(onFulfilled, onRejected);
    },
    withResponse: () => firstPage().then(withResponse<Page>),
  };
}
