// @ts-check
// A vitest setup file: replaces the global fetch with the built `@caac/client/node-transport`, so a
// suite that calls fetch (directly, through a custom `fetch` option, or through the client's
// default) runs through the transport unchanged.
import { createNodeTransport } from '../dist/node-transport.js';

globalThis.fetch = /** @type {typeof fetch} */ (createNodeTransport());
