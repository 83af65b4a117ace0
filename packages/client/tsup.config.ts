import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The version is inlined at build time so the published code never reads package.json.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // The fetch-only entries; the Node-only one (node/) is built by tsup.node.config.ts after these.
  entry: { index: 'src/index.ts', core: 'src/core.ts' },
  format: ['esm', 'cjs'],
  // Shared chunks in CJS too, so both entries share one set of error classes (`instanceof` works across them).
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  define: { __CAAC_VERSION__: JSON.stringify(version) },
});
