// `@caac/tools/anthropic`: CAAC tools for Anthropic's Messages API.
// Plain data shapes, so `@anthropic-ai/sdk` is not needed at run time.
import { selectTools } from '../catalog.js';
import type { CaacToolDefinition, JsonSchema } from '../definition.js';
import { type RunToolCallsOptions, resultText, runAll } from './run-calls.js';

export type { RunToolCallsOptions } from './run-calls.js';

/** A client tool of the Messages API (`Tool` in the SDK). */
export interface AnthropicTool {
  name: string;
  description: string;
  input_schema: JsonSchema & { type: 'object' };
}

/** A `tool_use` content block of an assistant message. */
export interface AnthropicToolUse {
  type: string;
  id?: string;
  name?: string;
  input?: unknown;
}

/** The `tool_result` block that answers one `tool_use` (`ToolResultBlockParam`). */
export interface AnthropicToolResult {
  type: 'tool_result';
  tool_use_id: string;
  content: string;
  is_error: boolean;
}

/**
 * Tools for `anthropic.messages.create({ tools })`.
 * @example const tools = toAnthropicTools(selectTools({ tags: ['Tags Management'] }));
 */
export function toAnthropicTools(
  tools: readonly CaacToolDefinition[] = selectTools(),
): AnthropicTool[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.inputSchema as JsonSchema & { type: 'object' },
  }));
}

/**
 * Runs the `tool_use` blocks of an assistant message (other blocks are skipped); send the
 * answers as the content of the next user message.
 * @example
 * const results = await runAnthropicToolUses(message.content, { client });
 * messages.push({ role: 'assistant', content: message.content }, { role: 'user', content: results });
 */
export function runAnthropicToolUses(
  content: readonly AnthropicToolUse[],
  options: RunToolCallsOptions,
): Promise<AnthropicToolResult[]> {
  return runAll(
    content,
    (block) =>
      block.type === 'tool_use' && block.name !== undefined
        ? { name: block.name, input: block.input }
        : undefined,
    (block, result) => ({
      type: 'tool_result',
      tool_use_id: String(block.id),
      content: resultText(result),
      is_error: !result.ok,
    }),
    options,
  );
}
