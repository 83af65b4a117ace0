// Inlined by tsup/vitest `define` from package.json, so consumers never load package.json at runtime.
declare const __CAAC_VERSION__: string;

/** Version of `@caac/client`, inlined at build time. */
export const VERSION: string =
  typeof __CAAC_VERSION__ === 'string' ? __CAAC_VERSION__ : '0.0.0-dev';
