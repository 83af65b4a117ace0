// @ts-check
// Runs every variant once per round, rotating the order each round, so no variant always runs first
// (cold caches, the machine's boost clock) or always runs right after the heaviest one.

/**
 * @template T
 * @param {T[]} variants
 * @param {number} rounds
 * @param {(variant: T, round: number) => Promise<void>} measure
 */
export async function alternate(variants, rounds, measure) {
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = /** @type {T} */ (variants[(i + round) % variants.length]);
      await measure(variant, round);
    }
  }
}
