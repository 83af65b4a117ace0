// `@caac/tools`: the CAAC platform operations as LLM tools, generated from the spec.
export { type CaacToolFilter, getToolDefinition, selectTools, TOOL_TAGS } from './catalog.js';
export type { CaacToolDefinition, JsonSchema } from './definition.js';
export { type ExecuteToolOptions, executeTool } from './execute.js';
export { type CaacToolName, toolDefinitions, toolRequestExamples } from './generated/tools.js';
export type { CaacToolError, CaacToolInputProblem, CaacToolResult } from './result.js';
export { validateToolInput } from './validate-input.js';
