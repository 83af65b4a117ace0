// The public surface a downstream app relies on, per entry point. Loading checks (ESM and CJS)
// fail when any of these disappears or changes kind; everything else a package exports is
// allowed, but must be the same from `import` and from `require`.

export type ExportKind = 'function' | 'error-class' | 'object' | 'string' | 'number' | 'boolean';

export interface ExpectedEntry {
  exports: Record<string, ExportKind>;
  /** Exact values for exported constants that are part of the wire contract. */
  values?: Record<string, string | number>;
}

export const EXPECTED_ENTRIES: Record<string, ExpectedEntry> = {
  '@caac/client': {
    exports: {
      createCaacClient: 'function',
      CaacError: 'error-class',
      CaacApiError: 'error-class',
      CaacConnectionError: 'error-class',
      CaacTimeoutError: 'error-class',
    },
  },
  '@caac/ai-agent-types': {
    exports: {
      HUMAN_HANDOVER: 'string',
      validateRequest: 'function',
      isHandover: 'function',
      isHealthCheck: 'function',
    },
    values: { HUMAN_HANDOVER: '<HUMAN_HANDOVER>' },
  },
  '@caac/ai-agent': {
    exports: { createAiAgentHandler: 'function' },
  },
  '@caac/mock-server': {
    exports: { startMockServer: 'function' },
  },
};

/** Entry points that must exist even though no single export name is pinned yet. */
export const REQUIRED_ENTRIES = [...Object.keys(EXPECTED_ENTRIES), '@caac/ai-agent/node'];
