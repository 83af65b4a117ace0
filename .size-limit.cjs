// Bundle budgets in min+gzip bytes with every dependency bundled (openapi-fetch included), the way
// a browser or edge app ships them. size-limit 11 measures brotli unless `gzip: true`; gzip keeps
// the numbers comparable with the benchmark issue's esbuild figures (bench/, "client size").
// `pnpm size` runs this; CI checks it in tests/consumer (test/bundle-size.test.ts).
module.exports = [
  {
    // Targets from the benchmark issue: core ≤ 5 kB. Measured 4.89 kB (openapi-fetch alone: 2.6 kB): little headroom left.
    name: '@caac/client/core (createCaacCoreClient)',
    path: 'packages/client/dist/core.js',
    import: '{ createCaacCoreClient }',
    gzip: true,
    limit: '5 kB',
  },
  {
    // With every resource method and pagination ≤ 8 kB. Measured 7.75 kB.
    name: '@caac/client (createCaacClient, every resource method)',
    path: 'packages/client/dist/index.js',
    import: '{ createCaacClient }',
    gzip: true,
    limit: '8 kB',
  },
  {
    // No target was set: measured 5.70 kB (5.27 kB before the shared core behind the node fast
    // path), the handler plus the request validator compiled from the spec in
    // @caac/ai-agent-types. 6 kB leaves room for fixes, not for a new dependency or a runtime
    // schema compiler.
    name: '@caac/ai-agent (createAiAgentHandler)',
    path: 'packages/ai-agent/dist/index.js',
    import: '{ createAiAgentHandler }',
    gzip: true,
    limit: '6 kB',
  },
  {
    // The tool table (34 JSON Schemas), the validators compiled from them at build time and
    // executeTool (the client is passed in, so only its resource table is bundled). Measured
    // 13.92 kB; most of it is the schemas and validators, which grow with the spec.
    name: '@caac/tools (executeTool + every tool definition)',
    path: 'packages/tools/dist/index.js',
    import: '{ executeTool, toolDefinitions }',
    gzip: true,
    limit: '15 kB',
  },
  {
    // The definitions as an app that only lists tools imports them. Measured 12.09 kB (the
    // shared chunk also holds the validators).
    name: '@caac/tools (toolDefinitions only)',
    path: 'packages/tools/dist/index.js',
    import: '{ toolDefinitions }',
    gzip: true,
    limit: '13 kB',
  },
];
