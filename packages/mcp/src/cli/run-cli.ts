import { type CaacClientOptions, createCaacClient } from '@caac/client';
import { type CaacToolDefinition, selectTools } from '@caac/tools';
import { createCaacMcpServer } from '../server.js';
import { startHttpServer } from '../transports/http.js';
import { serveStdio } from '../transports/stdio.js';
import { VERSION } from '../version.js';
import { type CliOptions, parseCliOptions, USAGE, UsageError } from './options.js';

/** Where the CLI reads its environment and writes its messages (stderr only: stdout is MCP's). */
export interface CliIo {
  env: Record<string, string | undefined>;
  stderr: (line: string) => void;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
  stopped: Promise<void>;
}

/**
 * Runs `caac-mcp` and resolves to its exit code.
 * @example process.exitCode = await runCli(process.argv.slice(2), io);
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  let tools: CaacToolDefinition[];
  try {
    options = parseCliOptions(args);
    tools = selectTools({ readOnly: options.readOnly, tags: options.tags, names: options.tools });
  } catch (error) {
    io.stderr(`caac-mcp: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr(USAGE);
    return 2;
  }
  if (options.help) {
    io.stderr(USAGE);
    return 0;
  }
  if (options.version) {
    io.stderr(VERSION);
    return 0;
  }
  if (tools.length === 0) {
    io.stderr('caac-mcp: the filters leave no tools (e.g. --read-only with only write tools)');
    return 2;
  }
  const envKey = io.env.CAAC_API_KEY?.trim() || undefined;
  const clientOptions = (apiKey: string): CaacClientOptions => ({
    apiKey,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : { region: options.region }),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const log = (line: string) => io.stderr(`caac-mcp: ${line}`);

  if (options.transport === 'stdio') {
    if (!envKey) {
      io.stderr(
        'caac-mcp: set CAAC_API_KEY to the CAAC API key (stdio takes it from the environment)',
      );
      return 2;
    }
    const server = createCaacMcpServer({
      client: createCaacClient(clientOptions(envKey)),
      tools,
      log,
    });
    log(`serving ${tools.length} tools over stdio`);
    await Promise.race([serveStdio(server), io.stopped]);
    await server.close();
    return 0;
  }
  const http = await startHttpServer({
    port: options.port,
    host: options.host,
    createClient: (apiKey) => createCaacClient(clientOptions(apiKey)),
    defaultApiKey: envKey,
    tools,
    log,
  }).catch((error: unknown) => {
    throw new UsageError(
      `cannot listen on ${options.host}:${options.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  log(
    `serving ${tools.length} tools at ${http.url} (API key: ${envKey ? 'CAAC_API_KEY, or per request' : 'per request'})`,
  );
  await io.stopped;
  await http.close();
  return 0;
}
