import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaacClient } from '@caac/client';
import type { CaacToolDefinition } from '@caac/tools';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createCaacMcpServer } from '../server.js';

/** Options of {@link startHttpServer}. */
export interface CaacMcpHttpOptions {
  /** Port to listen on (default 0: a free one). */
  port?: number | undefined;
  /** Address to listen on (default `127.0.0.1`: this machine only). */
  host?: string | undefined;
  /** Route of the MCP endpoint (default `/mcp`). */
  path?: string | undefined;
  /** Builds the client for one request's API key. */
  createClient: (apiKey: string) => CaacClient;
  /** Key used when a request brings none (e.g. `CAAC_API_KEY`); without it such requests get 401. */
  defaultApiKey?: string | undefined;
  tools?: readonly CaacToolDefinition[] | undefined;
  log?: ((line: string) => void) | undefined;
}

/** A listening streamable HTTP MCP endpoint. */
export interface CaacMcpHttpServer {
  /** URL of the MCP endpoint, e.g. `http://127.0.0.1:41600/mcp`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves CAAC tools over MCP's streamable HTTP transport, stateless: each POST gets its own
 * server and client, so each request may bring its own CAAC API key (`apikey` header, as CAAC
 * takes it, or `Authorization: Bearer <key>`).
 * @example
 * const http = await startHttpServer({ port: 0, createClient: (apiKey) => createCaacClient({ apiKey }) });
 * console.log(http.url); // http://127.0.0.1:54321/mcp
 */
export async function startHttpServer(options: CaacMcpHttpOptions): Promise<CaacMcpHttpServer> {
  const route = options.path ?? '/mcp';
  const loopback = LOOPBACK.has(options.host ?? '127.0.0.1');
  const server = createServer((request, response) => {
    // DNS rebinding: a web page cannot make a browser send `Host: 127.0.0.1`, only its own name.
    if (loopback && !LOOPBACK_NAMES.has(hostnameOf(request.headers.host))) {
      jsonRpcError(
        response,
        403,
        -32000,
        'Forbidden: this server only answers requests to a loopback host name',
      );
      return;
    }
    handle(request, response, route, options).catch(() => {
      if (!response.headersSent) jsonRpcError(response, 500, -32603, 'Internal error');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}${route}`, close: () => closeServer(server) };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  route: string,
  options: CaacMcpHttpOptions,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== route) {
    jsonRpcError(response, 404, -32601, `Not found: the MCP endpoint is ${route}`);
    return;
  }
  if (request.method !== 'POST') {
    // Stateless: no server-initiated stream (GET) and no session to end (DELETE).
    response.setHeader('allow', 'POST');
    jsonRpcError(response, 405, -32000, 'Method not allowed: send MCP messages with POST');
    return;
  }
  const apiKey = apiKeyOf(request) ?? options.defaultApiKey;
  if (!apiKey) {
    jsonRpcError(
      response,
      401,
      -32001,
      'No CAAC API key: send it in the `apikey` header or as `Authorization: Bearer <key>`',
    );
    return;
  }
  const mcp = createCaacMcpServer({
    client: options.createClient(apiKey),
    tools: options.tools,
    log: options.log,
  });
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  response.on('close', () => {
    void transport.close();
    void mcp.close();
  });
  await mcp.connect(transport);
  await transport.handleRequest(request, response);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostnameOf(host: string | undefined): string {
  if (!host) return '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

function apiKeyOf(request: IncomingMessage): string | undefined {
  const header = request.headers.apikey;
  if (typeof header === 'string' && header.trim()) return header.trim();
  const auth = request.headers.authorization;
  const match = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
  return match?.[1];
}

function jsonRpcError(response: ServerResponse, status: number, code: number, message: string) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
