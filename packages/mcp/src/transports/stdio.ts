import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';

/**
 * Serves an MCP server over this process's stdin/stdout (how desktop MCP clients start servers).
 * Resolves when the client closes the connection.
 * @example await serveStdio(createCaacMcpServer({ client }));
 */
export async function serveStdio(server: Server): Promise<void> {
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
  });
  await server.connect(transport);
  // The SDK's transport does not notice the end of stdin by itself.
  process.stdin.once('end', () => void server.close());
  await closed;
}
