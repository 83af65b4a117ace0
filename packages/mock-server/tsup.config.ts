import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // Both configs build in parallel into dist/: leave the CLI's files to the other one.
    clean: ['!cli.*', '!prepare.*'],
    sourcemap: true,
    target: 'es2022',
    // `import.meta.url` locates Prism and the bundled spec; tsup shims it in the CJS build.
    shims: true,
  },
  {
    // src/cli.ts starts with a shebang; tsup keeps it and makes dist/cli.js executable.
    // prepare.js serves the build step scripts/prepare-operations.mjs only.
    entry: { cli: 'src/cli.ts', prepare: 'src/spec/prepare.ts' },
    format: ['esm'],
    // One self-contained file per entry: no shared chunks left behind by older builds.
    splitting: false,
    sourcemap: true,
    target: 'es2022',
  },
]);
