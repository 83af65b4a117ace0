// `@caac/tools/openai`: CAAC tools for OpenAI's Chat Completions and Responses APIs.
// Plain data shapes, so the `openai` package is not needed at run time.
import { selectTools } from '../catalog.js';
import type { CaacToolDefinition, JsonSchema } from '../definition.js';
import { type RunToolCallsOptions, resultText, runAll } from './run-calls.js';

export type { RunToolCallsOptions } from './run-calls.js';

/** A function tool of Chat Completions (`ChatCompletionFunctionTool` in the SDK). */
export interface OpenAIChatTool {
  type: 'function';
  function: { name: string; description: string; parameters: JsonSchema; strict: false };
}

/** A tool call of an assistant message (`message.tool_calls[i]`). */
export interface OpenAIChatToolCall {
  id: string;
  type: string;
  function?: { name: string; arguments: string } | undefined;
}

/** The message that answers one tool call (`ChatCompletionToolMessageParam`). */
export interface OpenAIChatToolMessage {
  role: 'tool';
  tool_call_id: string;
  content: string;
}

/** A function tool of the Responses API (`FunctionTool` in the SDK). */
export interface OpenAIResponsesTool {
  type: 'function';
  name: string;
  description: string;
  parameters: JsonSchema;
  strict: false;
}

/** An item of a response's `output`; only `function_call` items are run. */
export interface OpenAIResponsesOutputItem {
  type: string;
  call_id?: string | null | undefined;
  name?: string | null | undefined;
  arguments?: unknown;
}

/** The output item that answers a `function_call` (`ResponseInputItem.FunctionCallOutput`). */
export interface OpenAIFunctionCallOutput {
  type: 'function_call_output';
  call_id: string;
  output: string;
}

// `strict: false`: OpenAI's strict mode needs every property required and no optional fields,
// which the CAAC inputs (optional query and body fields) are not.

/**
 * Tools for `openai.chat.completions.create({ tools })`.
 * @example const tools = toOpenAIChatTools(selectTools({ readOnly: true }));
 */
export function toOpenAIChatTools(
  tools: readonly CaacToolDefinition[] = selectTools(),
): OpenAIChatTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: tool.inputSchema,
      strict: false,
    },
  }));
}

/**
 * Runs the tool calls of an assistant message; push the answers after that message.
 * @example
 * const message = completion.choices[0].message;
 * messages.push(message, ...(await runOpenAIChatToolCalls(message.tool_calls ?? [], { client })));
 */
export function runOpenAIChatToolCalls(
  toolCalls: readonly OpenAIChatToolCall[],
  options: RunToolCallsOptions,
): Promise<OpenAIChatToolMessage[]> {
  return runAll(
    toolCalls,
    (call) =>
      call.type === 'function' && call.function
        ? { name: call.function.name, input: call.function.arguments }
        : undefined,
    (call, result) => ({ role: 'tool', tool_call_id: call.id, content: resultText(result) }),
    options,
  );
}

/**
 * Tools for `openai.responses.create({ tools })`.
 * @example const response = await openai.responses.create({ model, input, tools: toOpenAIResponsesTools() });
 */
export function toOpenAIResponsesTools(
  tools: readonly CaacToolDefinition[] = selectTools(),
): OpenAIResponsesTool[] {
  return tools.map((tool) => ({
    type: 'function',
    name: tool.name,
    description: tool.description,
    parameters: tool.inputSchema,
    strict: false,
  }));
}

/**
 * Runs the `function_call` items of a response's `output` (other items are skipped); send the
 * answers as the next request's `input`.
 * @example
 * const outputs = await runOpenAIResponsesToolCalls(response.output, { client });
 * await openai.responses.create({ model, previous_response_id: response.id, input: outputs, tools });
 */
export function runOpenAIResponsesToolCalls(
  output: readonly OpenAIResponsesOutputItem[],
  options: RunToolCallsOptions,
): Promise<OpenAIFunctionCallOutput[]> {
  return runAll(
    output,
    (item) =>
      item.type === 'function_call' && typeof item.name === 'string'
        ? { name: item.name, input: item.arguments }
        : undefined,
    (item, result) => ({
      type: 'function_call_output',
      call_id: String(item.call_id),
      output: resultText(result),
    }),
    options,
  );
}
