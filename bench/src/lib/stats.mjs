// @ts-check
// Summaries of repeated measurements. Medians, not means: on a shared 2-core machine one round that
// collides with someone else's build would drag a mean far more than it moves a median.

/** @param {ArrayLike<number>} values */
export function sorted(values) {
  return Float64Array.from(values).sort();
}

/**
 * Nearest-rank percentile of already sorted values (p in 0..100).
 * @param {Float64Array} ascending
 * @param {number} p
 */
export function percentile(ascending, p) {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(ascending.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** @param {ArrayLike<number>} values */
export function summarize(values) {
  const s = sorted(values);
  const at = (/** @type {number} */ i) => s[i] ?? Number.NaN;
  const mid = s.length >> 1;
  return {
    // Mean of the two middle values for an even count (quick runs have two rounds).
    median: s.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2,
    min: at(0),
    max: at(s.length - 1),
  };
}

/**
 * Per-round ratios ours/baseline. Pairing by round cancels load that other people put on the machine
 * during that round, which a ratio of two medians taken at different times would not.
 * @param {number[]} ours
 * @param {number[]} baseline
 */
export function pairedRatios(ours, baseline) {
  const n = Math.min(ours.length, baseline.length);
  const ratios = [];
  for (let i = 0; i < n; i++)
    ratios.push(/** @type {number} */ (ours[i]) / /** @type {number} */ (baseline[i]));
  return ratios;
}
