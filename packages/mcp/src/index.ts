// `@caac/mcp`: the CAAC tools over the Model Context Protocol (official TypeScript SDK).
export { toMcpTool } from './mcp-tools.js';
export { type CaacMcpServerOptions, createCaacMcpServer } from './server.js';
export {
  type CaacMcpHttpOptions,
  type CaacMcpHttpServer,
  startHttpServer,
} from './transports/http.js';
export { serveStdio } from './transports/stdio.js';
export { VERSION } from './version.js';
