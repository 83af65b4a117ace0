import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../spec/package-root.js';
import { UsageError } from './args.js';
import { CHAT_HELP, chat } from './chat.js';
import { CHECK_AGENT_HELP, checkAgentCommand } from './check-agent.js';
import type { CliIo } from './io.js';
import { SERVE_HELP, serve } from './serve.js';

export const HELP = `Usage: caac-mock <command> [options]

Commands:
  serve                   Run the CAAC API mock (default http://127.0.0.1:4010)
                            caac-mock serve --errors --keys my-test-key
  check-agent <url>       Play CAAC against your self-hosted AI agent and report
                            caac-mock check-agent http://127.0.0.1:3000/ai-agent --token "$AGENT_TOKEN"
  chat                    Play a member in the terminal against your AI agent (in-process simulator)
                            caac-mock chat --agent-url http://127.0.0.1:3000/ai-agent --token "$AGENT_TOKEN"
  help [command]          Show help for a command
                            caac-mock help serve

Options:
  -h, --help              Show help
  -v, --version           Show the version

Run "caac-mock <command> --help" for the options of a command.
`;

/**
 * Runs the `caac-mock` command line and returns its exit code: 0 success, 1 failure
 * (including failed agent checks), 2 usage error.
 *
 * @example
 * process.exitCode = await runCli(['serve', '--port', '0'], processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, io);
      case 'check-agent':
        return await checkAgentCommand(rest, io);
      case 'chat':
        return await chat(rest, io);
      case 'help':
      case '-h':
      case '--help':
        io.stdout(helpFor(rest[0]));
        return 0;
      case '-v':
      case '--version':
        io.stdout(`${version()}\n`);
        return 0;
      case undefined:
        io.stderr(HELP);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`caac-mock: ${error.message}\nRun "caac-mock --help" for usage.\n`);
      return 2;
    }
    io.stderr(`caac-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function helpFor(command: string | undefined): string {
  if (command === 'serve') return SERVE_HELP;
  if (command === 'check-agent') return CHECK_AGENT_HELP;
  if (command === 'chat') return CHAT_HELP;
  return HELP;
}

function version(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'),
  );
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown';
}
