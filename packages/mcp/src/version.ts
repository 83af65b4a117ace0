declare const __CAAC_MCP_VERSION__: string;

/** This package's version, inlined at build time. */
export const VERSION: string =
  typeof __CAAC_MCP_VERSION__ === 'string' ? __CAAC_MCP_VERSION__ : '0.0.0-dev';
