// The public surface a downstream app relies on, per entry point. Loading checks (ESM and CJS)
// fail when any of these disappears or changes kind; anything else a package exports is allowed,
// but must be the same from `import` and from `require`.

export type ExportKind = 'function' | 'error-class' | 'object' | 'string' | 'number' | 'boolean';

export interface ExpectedEntry {
  exports: Record<string, ExportKind>;
  /** Exact values of exported constants that are part of the wire contract. */
  values?: Record<string, string | number>;
}

// What a raw call can throw, in both client entries.
const CLIENT_BASE_ERRORS = {
  CaacError: 'error-class',
  CaacConnectionError: 'error-class',
  CaacTimeoutError: 'error-class',
} as const;

export const EXPECTED_ENTRIES: Record<string, ExpectedEntry> = {
  '@caac/client': {
    exports: {
      createCaacClient: 'function',
      createCaacCoreClient: 'function',
      ...CLIENT_BASE_ERRORS,
      CaacApiError: 'error-class',
      CaacBadRequestError: 'error-class',
      CaacAuthenticationError: 'error-class',
      CaacPermissionDeniedError: 'error-class',
      CaacNotFoundError: 'error-class',
      CaacConflictError: 'error-class',
      CaacUnprocessableEntityError: 'error-class',
      CaacRateLimitError: 'error-class',
      CaacInternalServerError: 'error-class',
      CaacServiceUnavailableError: 'error-class',
      resourceMethodOf: 'function',
      CAAC_OPERATIONS: 'object',
    },
  },
  '@caac/client/core': {
    exports: { createCaacCoreClient: 'function', ...CLIENT_BASE_ERRORS },
  },
  '@caac/ai-agent-types': {
    exports: {
      HUMAN_HANDOVER: 'string',
      SUPPORTED_API_VERSION: 'string',
      CAAC_DEADLINE_MS: 'number',
      validateRequest: 'function',
      isValidRequest: 'function',
      isHandover: 'function',
      withHandover: 'function',
      stripHandover: 'function',
      isHealthCheck: 'function',
    },
    values: {
      HUMAN_HANDOVER: '<HUMAN_HANDOVER>',
      SUPPORTED_API_VERSION: '1.0',
      CAAC_DEADLINE_MS: 45_000,
    },
  },
  '@caac/ai-agent': {
    exports: { createAiAgentHandler: 'function' },
  },
  '@caac/ai-agent/node': {
    exports: { toNodeHandler: 'function' },
  },
  '@caac/mock-server': {
    exports: {
      startMockServer: 'function',
      checkAgent: 'function',
      CaacMockError: 'error-class',
      CaacMockConfigError: 'error-class',
      CaacMockSeedError: 'error-class',
      CaacMockStateError: 'error-class',
      CaacMockSpecError: 'error-class',
      CaacMockInputError: 'error-class',
      CaacMockSimulatorError: 'error-class',
      CaacMockListenError: 'error-class',
    },
  },
  '@caac/tools': {
    exports: {
      executeTool: 'function',
      selectTools: 'function',
      getToolDefinition: 'function',
      validateToolInput: 'function',
      toolDefinitions: 'object',
    },
  },
  '@caac/tools/openai': {
    exports: {
      toOpenAIChatTools: 'function',
      runOpenAIChatToolCalls: 'function',
      toOpenAIResponsesTools: 'function',
      runOpenAIResponsesToolCalls: 'function',
    },
  },
  '@caac/tools/anthropic': {
    exports: { toAnthropicTools: 'function', runAnthropicToolUses: 'function' },
  },
  '@caac/tools/ai-sdk': {
    exports: { toAiSdkTools: 'function' },
  },
  '@caac/mcp': {
    exports: {
      createCaacMcpServer: 'function',
      startHttpServer: 'function',
      serveStdio: 'function',
    },
  },
};

/** Entry points that must exist. */
export const REQUIRED_ENTRIES = Object.keys(EXPECTED_ENTRIES);
