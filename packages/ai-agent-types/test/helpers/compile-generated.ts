// Loads the validator generator and turns its TypeScript output into callable functions, so the
// generator can be tested on schemas other than the spec's without writing files.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

export interface ValidatorModule {
  [name: string]: (value: unknown) => unknown;
}

interface GeneratorModule {
  generateValidator(options: {
    schemas: Record<string, unknown>;
    rootSchemaName: string;
  }): Promise<string>;
}

const generatorUrl = new URL(
  '../../../../scripts/generators/ai-agent-validator.mjs',
  import.meta.url,
);

/** The generator module at scripts/generators/ai-agent-validator.mjs. */
export async function loadGenerator(): Promise<GeneratorModule> {
  return (await import(generatorUrl.href)) as GeneratorModule;
}

/**
 * Type errors in `source` under the repository's strict compiler options, with only ES libs.
 * The compile runs in a worker thread: a whole-program type check takes tens of seconds on a busy
 * CI machine, and done synchronously it would starve vitest's worker RPC ("Timeout calling
 * onTaskUpdate").
 */
export function typeErrors(source: string): Promise<string[]> {
  const worker = new Worker(TYPE_CHECK_WORKER, {
    eval: true,
    workerData: { source, typescript: createRequire(import.meta.url).resolve('typescript') },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (errors: string[]) => resolve(errors));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the type-check worker exited with ${code}`));
    });
  });
}

const TYPE_CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const ts = require(workerData.typescript);
const fileName = '/virtual/validator.ts';
const options = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  lib: ['lib.es2023.d.ts'],
  noEmit: true,
  types: [],
};
const host = ts.createCompilerHost(options);
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (name, languageVersion) =>
  name === fileName
    ? ts.createSourceFile(name, workerData.source, languageVersion)
    : getSourceFile(name, languageVersion);
const program = ts.createProgram([fileName], options, host);
parentPort.postMessage(
  ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\\n')),
);
`;

/** Evaluates generated TypeScript and returns its exports. */
export function evaluate(source: string): ValidatorModule {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const exports: ValidatorModule = {};
  new Function('exports', outputText)(exports);
  return exports;
}
