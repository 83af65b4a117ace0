import type { CaacClient } from '@caac/client';
import { type CaacToolDefinition, executeTool, getToolDefinition, selectTools } from '@caac/tools';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { toMcpTool } from './mcp-tools.js';
// @modelcontextprotocol/sdk 1.x (^1.32): the official TypeScript SDK's current major, which runs on
// Node 20 (engines >= 18). The low-level `Server` takes our generated JSON Schemas as they are;
// `McpServer.registerTool` would want zod schemas.
import { VERSION } from './version.js';

/** Options of {@link createCaacMcpServer}. */
export interface CaacMcpServerOptions {
  /** The client every tool call goes through (its key, region, retries and timeouts). */
  client: CaacClient;
  /** Tools to expose (default all 34), e.g. `selectTools({ readOnly: true })`. */
  tools?: readonly CaacToolDefinition[] | undefined;
  /**
   * Receives one line per tool call (name, outcome, duration): never arguments, results or keys.
   * Over stdio this must not be stdout, which carries the protocol.
   */
  log?: ((line: string) => void) | undefined;
}

/**
 * An MCP server (official SDK) exposing CAAC tools. Connect it to a transport yourself, or use
 * `caac-mcp`, `serveStdio` or `startHttpServer`.
 * @example
 * const server = createCaacMcpServer({ client: createCaacClient(), tools: selectTools({ readOnly: true }) });
 * await server.connect(new StdioServerTransport());
 */
export function createCaacMcpServer(options: CaacMcpServerOptions): Server {
  const tools = options.tools ?? selectTools();
  const listed = { tools: tools.map(toMcpTool) };
  const server = new Server(
    { name: 'caac', title: 'CAAC (Crescendo Lab)', version: VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'Tools for the CAAC platform of Crescendo Lab: members, tags, teams, users, assignment, conversations and message backups. Every result is JSON; on failure it says what went wrong and what to do.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => listed);
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const { name, arguments: input } = request.params;
    const started = performance.now();
    const result = await executeTool(name, input ?? {}, {
      client: options.client,
      tools,
      signal: extra.signal,
    });
    const ms = Math.round(performance.now() - started);
    options.log?.(
      result.ok
        ? `tool ${result.tool} ok ${ms}ms`
        : `tool ${JSON.stringify(result.tool).slice(0, 80)} ${result.error.kind}${result.error.status ? ` ${result.error.status}` : ''} ${ms}ms`,
    );
    return toCallToolResult(result);
  });
  return server;
}

function toCallToolResult(result: Awaited<ReturnType<typeof executeTool>>): CallToolResult {
  if (!result.ok) {
    return { isError: true, content: [{ type: 'text', text: JSON.stringify(result.error) }] };
  }
  const text = JSON.stringify(result.data);
  const hasOutputSchema = getToolDefinition(result.tool)?.outputSchema?.type === 'object';
  return {
    content: [{ type: 'text', text }],
    ...(hasOutputSchema && isObject(result.data)
      ? { structuredContent: result.data as Record<string, unknown> }
      : {}),
  };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
