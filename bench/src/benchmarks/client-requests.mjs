// @ts-check
// Client requests/s and per-call latency against a local node:http JSON server (its own process),
// sequential and 16 in flight: @caac/client's resource method and raw typed GET against
// openapi-fetch alone, global fetch and undici.request, plus the undici transport proposal.
import { existsSync } from 'node:fs';
import path from 'node:path';
import createOpenApiClient from 'openapi-fetch';
import { request } from 'undici';
import { alternate } from '../lib/alternate.mjs';
import { callLoop } from '../lib/call-loop.mjs';
import { firstMessage, startNode } from '../lib/children.mjs';
import { loadNodeTransport } from '../lib/load-transport.mjs';
import { benchDir, repoRoot } from '../lib/paths.mjs';
import { ResultBuilder } from '../lib/result.mjs';

export const title = 'Client requests';

const API_KEY = 'bench-key';
const PATH = '/caac/v1/tags';

/**
 * The one route the benchmark calls, typed for openapi-fetch on its own (without our generated types).
 * @typedef {{ '/caac/v1/tags': { get: { responses: { 200: { content: { 'application/json': { tags: unknown[] } } } } } } }} TagsPaths
 * @typedef {import('openapi-fetch').Client<TagsPaths>} OpenApiClient
 */

/**
 * @typedef {object} Variant
 * @property {string} id
 * @property {string} label
 * @property {() => Promise<unknown>} call resolves with the parsed body
 */

/** @param {{ quick: boolean }} options */
export async function run({ quick }) {
  const rounds = quick ? 2 : 5;
  const durationMs = quick ? 250 : 600;
  const modes = [
    { id: 'seq', label: 'sequential', concurrency: 1 },
    { id: 'c16', label: '16 concurrent', concurrency: 16 },
  ];
  const result = new ResultBuilder(title, {
    rounds,
    'ms per variant and mode per round': durationMs,
    server: 'node:http on 127.0.0.1 in a child process',
    'global fetch is undici': process.versions.undici ?? 'unknown',
  });

  const server = startNode([path.join(benchDir, 'src/servers/json-api.mjs')]);
  try {
    const { port } = /** @type {{ port: number }} */ (await firstMessage(server, 10_000));
    const baseUrl = `http://127.0.0.1:${port}`;
    const variants = await makeVariants(baseUrl, result);

    // Every variant must return the same parsed body before it is timed.
    for (const v of variants) {
      const body = /** @type {{ tags?: unknown[] }} */ (await v.call());
      if (!Array.isArray(body?.tags) || body.tags.length !== 10) {
        throw new Error(
          `${v.label} did not return the tags list: ${JSON.stringify(body)?.slice(0, 200)}`,
        );
      }
    }
    // Warm-up: JIT, connection pools, lazy module loading inside fetch.
    for (const v of variants) {
      for (const mode of modes) {
        await callLoop(v.call, {
          concurrency: mode.concurrency,
          durationMs: quick ? 100 : 300,
          maxCalls: 20_000,
        });
      }
    }

    for (const mode of modes) {
      for (const v of variants) {
        result.declare(`${mode.id}:${v.id}:rps`, `${mode.label}: ${v.label}, requests/s`, 'req/s');
        result.declare(`${mode.id}:${v.id}:p50`, `${mode.label}: ${v.label}, p50 per call`, 'µs');
        result.declare(`${mode.id}:${v.id}:p99`, `${mode.label}: ${v.label}, p99 per call`, 'µs');
      }
    }
    await alternate(variants, rounds, async (v) => {
      for (const mode of modes) {
        const r = await callLoop(v.call, {
          concurrency: mode.concurrency,
          durationMs,
          maxCalls: 100_000,
        });
        result.record(`${mode.id}:${v.id}:rps`, r.rps);
        result.record(`${mode.id}:${v.id}:p50`, r.p50Us);
        result.record(`${mode.id}:${v.id}:p99`, r.p99Us);
      }
    });

    const has = new Set(variants.map((v) => v.id));
    for (const mode of modes) {
      const rps = (/** @type {string} */ id) => `${mode.id}:${id}:rps`;
      if (has.has('caac-resource')) {
        result.ratio(
          `${mode.label} req/s: resource method vs global fetch`,
          rps('caac-resource'),
          rps('fetch'),
          {
            op: '>=',
            value: 0.95,
          },
        );
        result.ratio(
          `${mode.label} req/s: raw typed GET vs global fetch`,
          rps('caac-get'),
          rps('fetch'),
        );
      }
      result.ratio(
        `${mode.label} req/s: openapi-fetch vs global fetch`,
        rps('openapi-fetch'),
        rps('fetch'),
      );
      result.ratio(
        `${mode.label} req/s: undici.request vs global fetch`,
        rps('undici'),
        rps('fetch'),
      );
      if (has.has('caac-resource-undici')) {
        result.ratio(
          `${mode.label} req/s: resource method on undici transport vs global fetch`,
          rps('caac-resource-undici'),
          rps('fetch'),
        );
        result.ratio(
          `${mode.label} req/s: resource method on undici transport vs undici.request`,
          rps('caac-resource-undici'),
          rps('undici'),
        );
      }
      result.ratio(
        `${mode.label} req/s: openapi-fetch on undici transport vs undici.request`,
        rps('openapi-fetch-undici'),
        rps('undici'),
      );
    }
    return result.build();
  } finally {
    await server.stop();
  }
}

/**
 * @param {string} baseUrl
 * @param {ResultBuilder} result
 * @returns {Promise<Variant[]>}
 */
async function makeVariants(baseUrl, result) {
  const url = `${baseUrl}${PATH}`;
  const headers = { apikey: API_KEY };
  const { createNodeTransport } = await loadNodeTransport();
  const transport = createNodeTransport();
  const openapi = /** @type {OpenApiClient} */ (createOpenApiClient({ baseUrl, headers }));
  const openapiOnUndici = /** @type {OpenApiClient} */ (
    createOpenApiClient({ baseUrl, headers, fetch: transport })
  );

  /** @type {Variant[]} */
  const variants = [
    {
      id: 'fetch',
      label: 'global fetch',
      call: async () => {
        const res = await fetch(url, { headers });
        if (!res.ok) throw new Error(`status ${res.status}`);
        return res.json();
      },
    },
    {
      id: 'undici',
      label: 'undici.request',
      call: async () => {
        const res = await request(url, { headers });
        if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
        return res.body.json();
      },
    },
    { id: 'openapi-fetch', label: 'openapi-fetch', call: () => dataOf(openapi.GET(PATH)) },
    {
      id: 'openapi-fetch-undici',
      label: 'openapi-fetch on undici transport',
      call: () => dataOf(openapiOnUndici.GET(PATH)),
    },
  ];

  if (!existsSync(path.join(repoRoot, 'packages/client/dist/index.js'))) {
    result.note('@caac/client is not built yet: its rows are missing from this run.');
    return variants;
  }
  const { createCaacClient } = await import('@caac/client');
  const client = createCaacClient({ apiKey: API_KEY, baseUrl });
  const clientOnUndici = createCaacClient({ apiKey: API_KEY, baseUrl, fetch: transport });
  variants.push(
    { id: 'caac-get', label: '@caac/client raw GET', call: () => dataOf(client.GET(PATH)) },
    { id: 'caac-resource', label: '@caac/client tags.list()', call: () => client.tags.list() },
    {
      id: 'caac-resource-undici',
      label: '@caac/client tags.list() on undici transport',
      call: () => clientOnUndici.tags.list(),
    },
  );
  return variants;
}

/** @param {Promise<{ data?: unknown, error?: unknown }>} pending */
async function dataOf(pending) {
  const { data, error } = await pending;
  if (error !== undefined) throw new Error(`error body ${JSON.stringify(error)}`);
  return data;
}
