import { defineConfig } from 'tsup';

// `@caac/client/node-transport`, built after tsup.config.ts (which cleans dist/) and on its own:
// it needs `import.meta.url` shimmed in its CJS build, and that shim must not land in the chunk
// the fetch-only entries share. It imports the error classes from `@caac/client/core` (the
// package's own export, kept external) so `instanceof CaacError` holds across entries.
export default defineConfig({
  entry: { 'node-transport': 'node/node-transport.ts' },
  format: ['esm', 'cjs'],
  platform: 'node',
  target: 'node20',
  dts: true,
  clean: false,
  sourcemap: true,
  shims: true,
  external: ['@caac/client/core', 'undici'],
});
