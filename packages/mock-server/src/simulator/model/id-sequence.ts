/** The kinds of records that get ids from an organization's sequences. */
export type IdKind = 'channel' | 'member' | 'message' | 'tag' | 'team' | 'user' | 'backup';

export const ID_KINDS: readonly IdKind[] = [
  'channel',
  'member',
  'message',
  'tag',
  'team',
  'user',
  'backup',
];

/**
 * One increasing counter per kind of record. Ids are never reused within an organization, even
 * after a delete, so a stale id can never point at a newer record.
 *
 * @example
 * const ids = new IdSequences();
 * ids.next('tag'); // 1
 */
export class IdSequences {
  readonly #next = new Map<IdKind, number>();

  next(kind: IdKind): number {
    const id = this.#next.get(kind) ?? 1;
    this.#next.set(kind, id + 1);
    return id;
  }

  /** Makes sure the next id of `kind` is above `usedId` (after loading records). */
  reserve(kind: IdKind, usedId: number): void {
    if ((this.#next.get(kind) ?? 1) <= usedId) this.#next.set(kind, usedId + 1);
  }

  /** The next id of every kind, for snapshots. */
  toJSON(): Record<IdKind, number> {
    return Object.fromEntries(ID_KINDS.map((kind) => [kind, this.#next.get(kind) ?? 1])) as Record<
      IdKind,
      number
    >;
  }
}
