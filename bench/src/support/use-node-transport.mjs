// @ts-check
// A vitest setup file: replaces the global fetch with the undici transport proposal, so a test
// suite that calls fetch (directly or through the client's default) runs through it unchanged.
import { pathToFileURL } from 'node:url';

const compiled = process.env.CAAC_NODE_TRANSPORT_MODULE;
if (!compiled)
  throw new Error(
    'CAAC_NODE_TRANSPORT_MODULE is not set (run through bench/src/suites-on-transport.mjs)',
  );
const { createNodeTransport } = await import(pathToFileURL(compiled).href);
globalThis.fetch = /** @type {typeof fetch} */ (createNodeTransport());
