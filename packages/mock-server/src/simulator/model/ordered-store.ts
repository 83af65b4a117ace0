/** One page of a keyset walk over an {@link OrderedStore}. */
export interface StorePage<T> {
  readonly items: T[];
  /** Whether records exist after the last item of the page. */
  readonly hasAfter: boolean;
  /** Whether records exist before the first item of the page. */
  readonly hasBefore: boolean;
}

/**
 * Records by numeric id, kept in ascending id order so lists are stable and pages are found by
 * binary search: reading a page costs O(log n + page), whatever the size of the store. Ids are
 * handed out in increasing order, so an insert is an append.
 *
 * @example
 * const users = new OrderedStore<{ id: number }>();
 * users.set({ id: 1 });
 * users.pageAfter(0, 100).items; // [{ id: 1 }]
 */
export class OrderedStore<T extends { readonly id: number }> {
  readonly #byId = new Map<number, T>();
  #ids: number[] = [];

  get size(): number {
    return this.#byId.size;
  }

  get(id: number): T | undefined {
    return this.#byId.get(id);
  }

  has(id: number): boolean {
    return this.#byId.has(id);
  }

  /** Inserts or replaces a record. */
  set(record: T): void {
    if (!this.#byId.has(record.id)) {
      const last = this.#ids[this.#ids.length - 1];
      if (last === undefined || record.id > last) this.#ids.push(record.id);
      else this.#ids.splice(lowerBound(this.#ids, record.id), 0, record.id);
    }
    this.#byId.set(record.id, record);
  }

  delete(id: number): boolean {
    if (!this.#byId.delete(id)) return false;
    this.#ids.splice(lowerBound(this.#ids, id), 1);
    return true;
  }

  clear(): void {
    this.#byId.clear();
    this.#ids = [];
  }

  /** Every record in ascending id order. */
  values(): T[] {
    return this.#ids.map((id) => this.#byId.get(id) as T);
  }

  /** Up to `limit` records with an id greater than `afterId`, in ascending order. */
  pageAfter(afterId: number, limit: number): StorePage<T> {
    const start = upperBound(this.#ids, afterId);
    const end = Math.min(start + limit, this.#ids.length);
    return {
      items: this.#slice(start, end),
      hasBefore: start > 0,
      hasAfter: end < this.#ids.length,
    };
  }

  /** Up to `limit` records with an id smaller than `beforeId`, in ascending order. */
  pageBefore(beforeId: number, limit: number): StorePage<T> {
    const end = lowerBound(this.#ids, beforeId);
    const start = Math.max(0, end - limit);
    return {
      items: this.#slice(start, end),
      hasBefore: start > 0,
      hasAfter: end < this.#ids.length,
    };
  }

  #slice(start: number, end: number): T[] {
    const items: T[] = [];
    for (let i = start; i < end; i++) items.push(this.#byId.get(this.#ids[i] as number) as T);
    return items;
  }
}

/** Index of the first id >= `id`. */
function lowerBound(ids: readonly number[], id: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as number) < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first id > `id`. */
function upperBound(ids: readonly number[], id: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as number) <= id) low = mid + 1;
    else high = mid;
  }
  return low;
}
