import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The version is inlined at build time so the published code never reads package.json.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const define = { __CAAC_MCP_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.*'],
    sourcemap: true,
    target: 'es2022',
    define,
  },
  {
    // src/cli.ts starts with a shebang; tsup keeps it and makes dist/cli.js executable.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    splitting: false,
    sourcemap: true,
    target: 'es2022',
    define,
  },
]);
