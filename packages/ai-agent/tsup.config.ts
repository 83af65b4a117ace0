import { defineConfig } from 'tsup';

export default defineConfig({
  // `index` is the Web-standard entry (no node: imports); `node` is the node:http adapter.
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
