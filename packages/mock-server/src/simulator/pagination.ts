import { createHmac, timingSafeEqual } from 'node:crypto';
import type { StorePage } from './model/ordered-store.js';
import { badRequest as invalid } from './model/simulator-error.js';

/** The lists that page: one cursor never works on another list. */
export type PagedList = 'channels' | 'teams' | 'users';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** Where a cursor points: after or before a record id, in one list of one tenant generation. */
interface CursorClaims {
  /** list */
  readonly l: PagedList;
  /** direction: `a` after `k`, `b` before `k` */
  readonly d: 'a' | 'b';
  /** the record id the page starts after / ends before */
  readonly k: number;
  /** the tenant's generation (bumped by reset and load), so old cursors are refused */
  readonly g: number;
}

/** Something that can hand out pages after or before an id. */
export interface Pageable<T> {
  pageAfter(afterId: number, limit: number): StorePage<T>;
  pageBefore(beforeId: number, limit: number): StorePage<T>;
}

export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
  readonly after?: string;
  readonly before?: string;
}

/**
 * Keyset pagination with opaque, signed cursors: a page holds the records after (or before) the
 * id the cursor names, so deleting records between pages neither repeats nor skips any. A cursor
 * that was tampered with, belongs to another list, or predates a reset or load is refused.
 *
 * @example
 * const pager = new Pager('org-secret');
 * const page = pager.page('users', generation, org.users, { limit: 1000 });
 * page.cursor.next; // token for the next page, or null
 */
export class Pager {
  readonly #secret: string;

  constructor(secret: string) {
    this.#secret = secret;
  }

  page<T extends { readonly id: number }>(
    list: PagedList,
    generation: number,
    source: Pageable<T>,
    request: PageRequest,
  ): { items: T[]; cursor: { next: string | null; prev: string | null } } {
    const limit = request.limit ?? DEFAULT_LIMIT;
    const given = (['cursor', 'after', 'before'] as const).filter(
      (name) => request[name] !== undefined,
    );
    if (given.length > 1) {
      throw invalid(
        `send the cursor in one of cursor, after or before, not ${given.join(' and ')}`,
        given[1],
      );
    }
    const name = given[0];
    const claims =
      name === undefined ? undefined : this.#read(request[name] as string, name, list, generation);
    const page =
      claims === undefined
        ? source.pageAfter(0, limit)
        : claims.d === 'a'
          ? source.pageAfter(claims.k, limit)
          : source.pageBefore(claims.k, limit);
    const first = page.items[0];
    const last = page.items[page.items.length - 1];
    return {
      items: page.items,
      cursor: {
        next:
          page.hasAfter && last
            ? this.#write({ l: list, d: 'a', k: last.id, g: generation })
            : null,
        prev:
          page.hasBefore && first
            ? this.#write({ l: list, d: 'b', k: first.id, g: generation })
            : null,
      },
    };
  }

  #write(claims: CursorClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.#sign(payload)}`;
  }

  #read(token: string, field: string, list: PagedList, generation: number): CursorClaims {
    const [payload, signature, extra] = token.split('.');
    const forged = () =>
      invalid(`${field} ${JSON.stringify(token)} is not a cursor this list handed out`, field);
    if (!payload || !signature || extra !== undefined) throw forged();
    const expected = Buffer.from(this.#sign(payload));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw forged();
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorClaims;
    if (claims.l !== list) {
      throw invalid(`${field} is a cursor of the ${claims.l} list, not of ${list}`, field);
    }
    if (claims.g !== generation) {
      throw invalid(
        `${field} is stale: the organization was reset or loaded after this cursor was handed out`,
        field,
      );
    }
    return claims;
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#secret).update(payload).digest('base64url').slice(0, 16);
  }
}
