#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

const stopped = new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});

runCli(process.argv.slice(2), {
  env: process.env,
  stderr: (line) => process.stderr.write(`${line}\n`),
  stopped,
}).then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`caac-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
