#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cli/args.js';
import { CHECK_AGENT_HELP, checkAgentCommand } from './cli/check-agent.js';
import { SERVE_HELP, serve } from './cli/serve.js';
import { packageRoot } from './spec/package-root.js';

const HELP = `Usage: caac-mock <command> [options]

Commands:
  serve                   Run the CAAC API mock (default port 4010)
                            caac-mock serve --errors --keys my-test-key
  check-agent <url>       Play CAAC against your self-hosted AI agent and report
                            caac-mock check-agent http://127.0.0.1:3000/ai-agent --token "$AGENT_TOKEN"
  help [command]          Show help for a command

Options:
  -h, --help              Show help
  -v, --version           Show the version

Run "caac-mock <command> --help" for the options of a command.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(rest);
    case 'check-agent':
      return checkAgentCommand(rest);
    case 'help':
    case '-h':
    case '--help':
      process.stdout.write(helpFor(rest[0]));
      return 0;
    case '-v':
    case '--version':
      console.log(version());
      return 0;
    case undefined:
      process.stderr.write(HELP);
      return 2;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function helpFor(command: string | undefined): string {
  if (command === 'serve') return SERVE_HELP;
  if (command === 'check-agent') return CHECK_AGENT_HELP;
  return HELP;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`caac-mock: ${error.message}\nRun "caac-mock --help" for usage.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`caac-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
