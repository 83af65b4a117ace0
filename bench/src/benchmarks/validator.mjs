// @ts-check
// The AI agent request validator that scripts/generators/ai-agent-validator.mjs compiles from the
// spec, against ajv's standalone output for the same schema (Ajv 2020 + ajv-formats, allErrors, as
// a partner would set it up): bytes a browser or edge bundle pays (esbuild min + gzip -9, every
// helper included) and µs per call on the 20-message request, both sides loaded the same way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { agentRequest, MESSAGE_COUNT } from '../fixtures/agent-request.mjs';
import { alternate } from '../lib/alternate.mjs';
import { timePerOp } from '../lib/call-loop.mjs';
import { NotReady, repoRoot, scratchDir } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'AI agent request validator: generated vs ajv standalone';

const SCHEMA = 'SelfHostedAiAgentRequest';
// The public validateRequest (boolean fast path + every problem with its path) over the generated module.
const ours = path.join(repoRoot, 'packages/ai-agent-types/src/validate-request.ts');
const bundledSpec = path.join(repoRoot, 'packages/mock-server/generated-spec/caac.openapi.json');

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const rounds = quick ? 3 : 9;
  const { body } = agentRequest();
  const result = new ResultBuilder(title, {
    rounds,
    schema: SCHEMA,
    request: `${MESSAGE_COUNT} messages, ${JSON.stringify(body).length} bytes`,
    ajv: 'Ajv2020 standalone ESM, ajv-formats, allErrors, strict off (the spec carries x-* keywords)',
    bundler: 'esbuild browser ESM minify bundle, then gzip -9',
  });

  const dir = path.join(scratchDir, 'validator');
  mkdirSync(dir, { recursive: true });
  const oursFile = path.join(dir, 'ours.mjs');
  const ajvSource = path.join(dir, 'ajv-standalone.mjs');
  const ajvFile = path.join(dir, 'ajv.mjs');
  writeFileSync(ajvSource, ajvStandalone());

  const oursSize = await bundle(
    `import { validateRequest } from ${JSON.stringify(ours)};\nexport const isValid = (value) => validateRequest(value).ok;`,
    'ts',
    oursFile,
  );
  const ajvSize = await bundle(
    `export { default as isValid } from ${JSON.stringify(ajvSource)};`,
    'js',
    ajvFile,
  );
  result.record(
    result.declare('ours:gzip', 'generated validator (validateRequest), min+gzip', 'B'),
    oursSize.gzipped,
  );
  result.record(
    result.declare('ajv:gzip', 'ajv standalone (with its helpers), min+gzip', 'B'),
    ajvSize.gzipped,
  );
  result.ratio(
    'generated validator vs ajv standalone, min+gzip',
    'ours:gzip',
    'ajv:gzip',
    undefined,
    true,
  );

  /** @type {{ isValid: (value: unknown) => boolean }} */
  const oursModule = await import(pathToFileURL(oursFile).href);
  /** @type {{ isValid: (value: unknown) => boolean }} */
  const ajvModule = await import(pathToFileURL(ajvFile).href);
  for (const [name, module] of [
    ['generated', oursModule],
    ['ajv', ajvModule],
  ]) {
    if (module.isValid(body) !== true)
      throw new Error(`${name} rejects the benchmark's valid request`);
    if (module.isValid({ ...body, messages: 'none' }) !== false)
      throw new Error(`${name} accepts a request whose messages are not an array`);
  }

  const options = { durationMs: quick ? 150 : 400, maxIterations: 5_000_000 };
  const oursCall = result.declare(
    'ours:call',
    `generated validator, ${MESSAGE_COUNT}-message body`,
    'µs',
  );
  const ajvCall = result.declare('ajv:call', `ajv standalone, ${MESSAGE_COUNT}-message body`, 'µs');
  // Warm-up, so neither side is measured while the JIT is still compiling it.
  timePerOp(() => oursModule.isValid(body), options);
  timePerOp(() => ajvModule.isValid(body), options);
  const variants = [
    { id: oursCall, isValid: oursModule.isValid },
    { id: ajvCall, isValid: ajvModule.isValid },
  ];
  await alternate(variants, rounds, async ({ id, isValid }) => {
    result.record(
      id,
      timePerOp(() => isValid(body), options),
    );
  });
  result.ratio(
    `generated validator vs ajv standalone, µs per ${MESSAGE_COUNT}-message body`,
    oursCall,
    ajvCall,
    undefined,
    true,
  );
  return result.build();
}

/** ajv's standalone module for the schema, as ESM source that still imports ajv's runtime helpers. */
function ajvStandalone() {
  let spec;
  try {
    spec = JSON.parse(readFileSync(bundledSpec, 'utf8'));
  } catch {
    throw new NotReady(
      'packages/mock-server/generated-spec/caac.openapi.json is missing: run `pnpm generate`',
    );
  }
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  addFormats(ajv);
  ajv.addSchema({ $id: 'caac', components: spec.components });
  const validate = ajv.getSchema(`caac#/components/schemas/${SCHEMA}`);
  if (!validate) throw new Error(`ajv found no schema ${SCHEMA} in the bundled spec`);
  return standaloneCode(ajv, validate);
}

/**
 * @param {string} code entry module
 * @param {'ts' | 'js'} loader
 * @param {string} outfile where the bundle is written (and imported from for timing)
 */
async function bundle(code, loader, outfile) {
  const out = await build({
    stdin: { contents: code, resolveDir: path.dirname(outfile), loader },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  const bytes = /** @type {import('esbuild').OutputFile} */ (out.outputFiles[0]).contents;
  writeFileSync(outfile, bytes);
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}
