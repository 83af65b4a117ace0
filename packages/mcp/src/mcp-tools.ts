import type { CaacToolDefinition } from '@caac/tools';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';

/**
 * A CAAC tool as MCP lists it: JSON Schemas as generated, and annotations that let a client ask
 * before a destructive call (`destructiveHint`) or run read-only ones freely (`readOnlyHint`).
 * @example toMcpTool(getToolDefinition('caac_delete_tag')!).annotations?.destructiveHint // true
 */
export function toMcpTool(tool: CaacToolDefinition): Tool {
  return {
    name: tool.name,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
    // MCP output schemas describe `structuredContent`, which must be an object.
    ...(tool.outputSchema && tool.outputSchema.type === 'object'
      ? { outputSchema: tool.outputSchema as Tool['outputSchema'] }
      : {}),
    annotations: {
      title: titleOf(tool),
      readOnlyHint: tool.readOnly,
      destructiveHint: tool.destructive,
      idempotentHint: tool.idempotent,
      // CAAC is a live system shared with people (members, agents), not a closed sandbox.
      openWorldHint: true,
    },
  };
}

function titleOf(tool: CaacToolDefinition): string {
  const first = tool.description.split('. ')[0] ?? tool.name;
  return first.replace(/\.$/, '');
}
