import { parseArgs } from 'node:util';
import { CAAC_REGIONS, type CaacRegion } from '@caac/client';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: caac-mcp [options]

Serves the CAAC platform operations as MCP tools.

Transport
  --transport <stdio|http>  stdio (default) for desktop clients; http for streamable HTTP
  --port <n>                HTTP port (default 3333)
  --host <address>          HTTP address (default 127.0.0.1)

CAAC
  --region <tw|th|jp>       region whose API host to call (default tw)
  --base-url <url>          host to call instead, e.g. a caac-mock at http://127.0.0.1:4010
  --timeout-ms <n>          deadline of each call attempt in milliseconds

Which tools
  --read-only               only tools that change nothing
  --tags <list>             only tools of these reference sections, comma-separated
                            (e.g. "Tags Management,Teams Management")
  --tools <list>            only these tool names, comma-separated

  --help, --version

The API key comes from CAAC_API_KEY; over HTTP a request may bring its own in the \`apikey\`
header or as \`Authorization: Bearer <key>\`. It is never printed.`;

export interface CliOptions {
  transport: 'stdio' | 'http';
  port: number;
  host: string;
  region?: CaacRegion | undefined;
  baseUrl?: string | undefined;
  timeoutMs?: number | undefined;
  readOnly: boolean;
  tags?: string[] | undefined;
  tools?: string[] | undefined;
  help: boolean;
  version: boolean;
}

/**
 * Reads the command line (strict: an unknown flag or a missing value is a {@link UsageError}).
 * @example parseCliOptions(['--transport', 'http', '--read-only']).readOnly // true
 */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(args));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const transport = values.transport ?? 'stdio';
  if (transport !== 'stdio' && transport !== 'http') {
    throw new UsageError(`--transport must be stdio or http, got "${transport}"`);
  }
  const region = values.region;
  const regions = Object.keys(CAAC_REGIONS);
  if (region !== undefined && !regions.includes(region)) {
    throw new UsageError(`--region must be one of ${regions.join(', ')}, got "${region}"`);
  }
  if (region !== undefined && values['base-url'] !== undefined) {
    throw new UsageError('give --region or --base-url, not both');
  }
  if (values['base-url'] !== undefined && !URL.canParse(values['base-url'])) {
    throw new UsageError(`--base-url must be an absolute URL, got "${values['base-url']}"`);
  }
  return {
    transport,
    port: values.port === undefined ? 3333 : integer('--port', values.port, 0, 65535),
    host: values.host ?? '127.0.0.1',
    region: region as CaacRegion | undefined,
    baseUrl: values['base-url'],
    timeoutMs:
      values['timeout-ms'] === undefined
        ? undefined
        : integer('--timeout-ms', values['timeout-ms'], 1, 600_000),
    readOnly: values['read-only'] ?? false,
    tags: list(values.tags),
    tools: list(values.tools),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      transport: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      region: { type: 'string' },
      'base-url': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'read-only': { type: 'boolean' },
      tags: { type: 'string', multiple: true },
      tools: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function list(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function integer(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${flag} must be an integer, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max)
    throw new UsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}
