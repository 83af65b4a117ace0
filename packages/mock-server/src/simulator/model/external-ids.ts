/**
 * Member ids by channel and external id. One map per channel rather than one map keyed by
 * `channel:external`: loading 100,000 members then builds no key strings, and each external id
 * string (already hashed once) is reused as the key.
 *
 * @example
 * const index = new ExternalIds();
 * index.set(1, 'U-line', 42);
 * index.get(1, 'U-line'); // 42
 */
export class ExternalIds {
  readonly #byChannel = new Map<number, Map<string, number>>();

  get(channelId: number, externalId: string): number | undefined {
    return this.#byChannel.get(channelId)?.get(externalId);
  }

  set(channelId: number, externalId: string, memberId: number): void {
    let inChannel = this.#byChannel.get(channelId);
    if (inChannel === undefined) {
      inChannel = new Map();
      this.#byChannel.set(channelId, inChannel);
    }
    inChannel.set(externalId, memberId);
  }

  clear(): void {
    this.#byChannel.clear();
  }
}
