#!/usr/bin/env node
// A committed entry, so a fresh `pnpm install` can link the bin before `dist/` is built.
import '../dist/cli.js';
