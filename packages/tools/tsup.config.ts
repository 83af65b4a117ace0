import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    openai: 'src/adapters/openai.ts',
    anthropic: 'src/adapters/anthropic.ts',
    'ai-sdk': 'src/adapters/ai-sdk.ts',
  },
  format: ['esm', 'cjs'],
  // Shared chunks in CJS too, so every entry uses one copy of the tool table.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
