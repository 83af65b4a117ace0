/**
 * Documented CAAC API hosts by region. Taiwan and Thailand share one host.
 * @example createCaacClient({ apiKey, region: 'jp' }) // → https://api.user360.jp.cresclab.com
 */
export const CAAC_REGIONS = {
  tw: 'https://api.user360.cresclab.com',
  th: 'https://api.user360.cresclab.com',
  jp: 'https://api.user360.jp.cresclab.com',
} as const;

/** A CAAC region: `tw` (default), `th` or `jp`. */
export type CaacRegion = keyof typeof CAAC_REGIONS;
