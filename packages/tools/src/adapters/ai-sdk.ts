// `@caac/tools/ai-sdk`: CAAC tools as a Vercel AI SDK `ToolSet` (`ai` 5 or 6, an optional peer).
import { jsonSchema, type Tool, tool } from 'ai';
import { selectTools } from '../catalog.js';
import type { CaacToolDefinition } from '../definition.js';
import { type ExecuteToolOptions, executeTool } from '../execute.js';
import type { CaacToolResult } from '../result.js';

/** Options of {@link toAiSdkTools}. */
export interface AiSdkToolsOptions extends Omit<ExecuteToolOptions, 'tools'> {
  /** Tools to offer (default all), e.g. `selectTools({ readOnly: true })`. */
  tools?: readonly CaacToolDefinition[] | undefined;
}

/**
 * A `ToolSet` for `generateText`/`streamText`: each tool validates and runs through
 * `executeTool`, honouring the SDK's abort signal and the one given here.
 * @example
 * const result = await generateText({ model, tools: toAiSdkTools({ client }), prompt, stopWhen: stepCountIs(5) });
 */
export function toAiSdkTools(
  options: AiSdkToolsOptions,
): Record<string, Tool<unknown, CaacToolResult>> {
  const tools = options.tools ?? selectTools();
  return Object.fromEntries(
    tools.map((definition) => [
      definition.name,
      tool<unknown, CaacToolResult>({
        description: definition.description,
        inputSchema: jsonSchema<unknown>(
          definition.inputSchema as Parameters<typeof jsonSchema>[0],
        ),
        execute: (input, { abortSignal }) =>
          executeTool(definition.name, input, {
            ...options,
            tools,
            signal: anySignal(options.signal, abortSignal),
          }),
      }),
    ]),
  );
}

function anySignal(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): AbortSignal | undefined {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}
