// Bundle budgets, min+gzip with every dependency bundled (size-limit 11 defaults to brotli;
// `gzip: true` keeps the numbers comparable with the benchmark issue's esbuild measurements).
// Run with `pnpm size`; the consumer suite (tests/consumer) runs it in CI and fails over budget.
module.exports = [
  {
    name: '@caac/client/core (createCaacCoreClient)',
    path: 'packages/client/dist/core.js',
    import: '{ createCaacCoreClient }',
    gzip: true,
    limit: '5 kB',
  },
  {
    name: '@caac/client (createCaacClient: every resource method)',
    path: 'packages/client/dist/index.js',
    import: '{ createCaacClient }',
    gzip: true,
    limit: '8 kB',
  },
  {
    name: '@caac/ai-agent handler (createAiAgentHandler)',
    path: 'packages/ai-agent/dist/index.js',
    import: '{ createAiAgentHandler }',
    gzip: true,
    limit: '6 kB',
  },
];
