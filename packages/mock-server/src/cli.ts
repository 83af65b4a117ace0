#!/usr/bin/env node
import { processIo } from './cli/io.js';
import { runCli } from './cli/run-cli.js';

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
