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
import { checkTransport } from '../lib/check-transport.mjs';
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
  // Many short slices rather than a few long ones: each round's ratio then compares variants
  // measured within about two seconds of each other, which is what survives other people's load.
  const rounds = quick ? 3 : 11;
  const durationMs = quick ? 150 : 250;
  const modes = [
    { id: 'seq', label: 'sequential', concurrency: 1 },
    { id: 'c16', label: '16 concurrent', concurrency: 16 },
  ];
  const result = new ResultBuilder(title, {
    rounds,
    'ms per variant per round': durationMs,
    server: 'node:http on 127.0.0.1 in a child process, ~700-byte JSON body',
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

    for (const mode of modes) {
      // Warm-up: JIT, connection pools, lazy module loading inside fetch.
      for (const v of variants) {
        await callLoop(v.call, {
          concurrency: mode.concurrency,
          durationMs: quick ? 100 : 300,
          maxCalls: 20_000,
        });
      }
      for (const v of variants) {
        result.declare(`${mode.id}:${v.id}:rps`, `${mode.label}: ${v.label}, requests/s`, 'req/s');
        result.declare(`${mode.id}:${v.id}:p50`, `${mode.label}: ${v.label}, p50 per call`, 'µs');
        result.declare(`${mode.id}:${v.id}:p99`, `${mode.label}: ${v.label}, p99 per call`, 'µs');
        result.declare(
          `${mode.id}:${v.id}:cpu`,
          `${mode.label}: ${v.label}, client CPU per call`,
          'µs',
        );
      }
      await alternate(variants, rounds, async (v) => {
        const r = await callLoop(v.call, {
          concurrency: mode.concurrency,
          durationMs,
          maxCalls: 50_000,
        });
        result.record(`${mode.id}:${v.id}:rps`, r.rps);
        result.record(`${mode.id}:${v.id}:p50`, r.p50Us);
        result.record(`${mode.id}:${v.id}:p99`, r.p99Us);
        result.record(`${mode.id}:${v.id}:cpu`, r.cpuUs);
      });
    }

    const has = new Set(variants.map((v) => v.id));
    for (const mode of modes) {
      const rps = (/** @type {string} */ id) => `${mode.id}:${id}:rps`;
      /**
       * @param {string} label @param {string} ours @param {string} baseline
       * @param {import('../lib/result.mjs').Target} [target] @param {boolean} [headline]
       */
      const ratio = (label, ours, baseline, target, headline) => {
        if (has.has(ours) && has.has(baseline))
          result.ratio(`${mode.label} req/s: ${label}`, rps(ours), rps(baseline), target, headline);
      };
      ratio('resource method vs global fetch', 'caac-resource', 'fetch', { op: '>=', value: 0.95 });
      ratio(
        'resource method through openapi-fetch vs global fetch',
        'caac-resource-openapi-fetch',
        'fetch',
        undefined,
        true,
      );
      ratio(
        'resource method direct vs through openapi-fetch',
        'caac-resource',
        'caac-resource-openapi-fetch',
        undefined,
        true,
      );
      ratio('raw typed GET vs global fetch', 'caac-get', 'fetch');
      ratio('openapi-fetch vs global fetch', 'openapi-fetch', 'fetch');
      ratio('undici.request vs global fetch', 'undici', 'fetch');
      ratio(
        'resource method on undici transport vs global fetch',
        'caac-resource-undici',
        'fetch',
        undefined,
        true,
      );
      ratio(
        'resource method on undici transport vs on global fetch',
        'caac-resource-undici',
        'caac-resource',
      );
      ratio(
        'resource method on undici transport vs undici.request',
        'caac-resource-undici',
        'undici',
        undefined,
        true,
      );
      ratio(
        'openapi-fetch on undici transport vs undici.request',
        'openapi-fetch-undici',
        'undici',
      );
    }
    // The same comparisons in client CPU per call (lower is better), the steadier signal.
    for (const [ours, baseline, label] of /** @type {const} */ ([
      ['caac-resource', 'fetch', 'resource method vs global fetch'],
      [
        'caac-resource-openapi-fetch',
        'fetch',
        'resource method through openapi-fetch vs global fetch',
      ],
      ['caac-resource-undici', 'fetch', 'resource method on undici transport vs global fetch'],
    ])) {
      for (const mode of modes) {
        const cpu = (/** @type {string} */ id) => `${mode.id}:${id}:cpu`;
        if (has.has(ours) && has.has(baseline)) {
          result.ratio(
            `${mode.label} client CPU per call: ${label}`,
            cpu(ours),
            cpu(baseline),
            undefined,
            true,
          );
        }
      }
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
  const openapi = /** @type {OpenApiClient} */ (createOpenApiClient({ baseUrl, headers }));

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
  ];

  // The transport is timed only if it behaves like fetch in every case of the parity check.
  const { createNodeTransport } = await loadNodeTransport();
  const transport = createNodeTransport();
  const parity = await checkTransport(transport);
  const known = parity.known.map(
    (k) => `${k.name} (fetch ${JSON.stringify(k.fetch)}, transport ${JSON.stringify(k.transport)})`,
  );
  result.note(
    `undici transport parity with global fetch: ${parity.passed.length} of ${parity.passed.length + parity.failed.length} cases identical; known difference: ${known.join('; ')}.`,
  );
  if (parity.failed.length > 0) {
    result.note(
      `undici transport not timed, it differs from fetch in: ${JSON.stringify(parity.failed)}`,
    );
  } else {
    const openapiOnUndici = /** @type {OpenApiClient} */ (
      createOpenApiClient({ baseUrl, headers, fetch: transport })
    );
    variants.push({
      id: 'openapi-fetch-undici',
      label: 'openapi-fetch on undici transport',
      call: () => dataOf(openapiOnUndici.GET(PATH)),
    });
  }

  if (!existsSync(path.join(repoRoot, 'packages/client/dist/index.js'))) {
    result.note('@caac/client is not built yet: its rows are missing from this run.');
    return variants;
  }
  const { createCaacClient } = await import('@caac/client');
  const client = createCaacClient({ apiKey: API_KEY, baseUrl });
  // The same resource method forced onto openapi-fetch's path (what it takes once middleware is
  // registered): the row that says whether the direct path earns its keep.
  const viaOpenapiFetch = createCaacClient({ apiKey: API_KEY, baseUrl });
  viaOpenapiFetch.use({ onRequest: () => undefined });
  variants.push(
    { id: 'caac-get', label: '@caac/client raw GET', call: () => dataOf(client.GET(PATH)) },
    { id: 'caac-resource', label: '@caac/client tags.list()', call: () => client.tags.list() },
    {
      id: 'caac-resource-openapi-fetch',
      label: '@caac/client tags.list() through openapi-fetch (middleware registered)',
      call: () => viaOpenapiFetch.tags.list(),
    },
  );
  if (parity.failed.length === 0) {
    const clientOnUndici = createCaacClient({ apiKey: API_KEY, baseUrl, fetch: transport });
    variants.push({
      id: 'caac-resource-undici',
      label: '@caac/client tags.list() on undici transport',
      call: () => clientOnUndici.tags.list(),
    });
  }
  return variants;
}

/** @param {Promise<{ data?: unknown, error?: unknown }>} pending */
async function dataOf(pending) {
  const { data, error } = await pending;
  if (error !== undefined) throw new Error(`error body ${JSON.stringify(error)}`);
  return data;
}
