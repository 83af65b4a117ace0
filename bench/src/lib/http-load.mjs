// @ts-check
// A bounded HTTP load run with autocannon: fixed connections, a duration and a request cap, loopback
// targets only. Latency is recorded from autocannon's per-response event in microsecond precision
// (its own histogram rounds to whole milliseconds, too coarse for a 1 ms p50).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { percentile, sorted } from './stats.mjs';

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

/**
 * @typedef {object} LoadOptions
 * @property {string} url
 * @property {number} connections
 * @property {number} durationMs
 * @property {number} maxRequests cap on requests, whatever the duration
 * @property {'GET' | 'POST'} [method]
 * @property {Record<string, string>} [headers]
 * @property {string | Buffer} [body]
 * @property {autocannon.Request[]} [requests] a sequence each connection cycles through (a request mix)
 * @property {number} [serverPid] to report the server's CPU use during the run
 */

/**
 * @typedef {object} LoadResult
 * @property {number} rps 2xx responses per second
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} requests
 * @property {number} failures non-2xx responses, errors and timeouts
 * @property {number} generatorCpu CPU share of this process (the load generator), 1 = one core
 * @property {number} serverCpu CPU share of the server process tree root, 1 = one core (NaN if unknown)
 */

/**
 * @param {LoadOptions} options
 * @returns {Promise<LoadResult>}
 */
export async function load(options) {
  if (!LOOPBACK.test(options.url))
    throw new Error(`refusing a non-loopback target: ${options.url}`);
  const latencies = new Float64Array(options.maxRequests + options.connections);
  let count = 0;
  /** @type {Record<string, number>} */
  const errorCodes = {};
  /** @type {Record<number, number>} */
  const statuses = {};
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const serverBefore = cpuSeconds(options.serverPid);
  /** @type {autocannon.Result} */
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
        ...(options.requests ? { requests: options.requests } : {}),
        connections: options.connections,
        duration: options.durationMs / 1000,
        maxOverallRequests: options.maxRequests,
        timeout: 10,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('reqError', (error) => {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message;
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300 && count < latencies.length) {
        latencies[count++] = responseTime;
      }
    });
  });
  const elapsedS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const generatorCpu = (cpu.user + cpu.system) / 1e6 / elapsedS;
  const serverCpu = (cpuSeconds(options.serverPid) - serverBefore) / elapsedS;
  const failures = result.non2xx + result.errors + result.timeouts;
  const total = count + failures;
  // A run that mostly failed measured the wrong thing (a 401, a refused connection): say so
  // instead of reporting a fast error page.
  if (total === 0 || failures > total * 0.01) {
    throw new Error(
      `load on ${options.url}: ${failures} of ${total} failed (statuses ${JSON.stringify(statuses)}, errors ${result.errors} ${JSON.stringify(errorCodes)}, timeouts ${result.timeouts})`,
    );
  }
  const s = sorted(latencies.subarray(0, count));
  return {
    rps: count / elapsedS,
    p50Ms: percentile(s, 50),
    p99Ms: percentile(s, 99),
    requests: total,
    failures,
    generatorCpu,
    serverCpu,
  };
}

// Linux reports CPU time in clock ticks; 100 per second on every common kernel configuration.
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process so far, from /proc. @param {number | undefined} pid */
function cpuSeconds(pid) {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/**
 * Declares the three metrics every server-under-load benchmark reports for one server and
 * connection count: requests/s, p99 and server CPU per request.
 * @param {{ declare(id: string, label: string, unit: string): void }} result
 * @param {number} connections
 * @param {{ id: string, label: string }} server
 * @example declareLoadMetrics(result, 50, { id: 'ours', label: 'handler' });
 */
export function declareLoadMetrics(result, connections, server) {
  const key = `c${connections}:${server.id}`;
  const label = `${connections} connections: ${server.label}`;
  result.declare(`${key}:rps`, `${label}, requests/s`, 'req/s');
  result.declare(`${key}:p99`, `${label}, p99`, 'ms');
  result.declare(`${key}:cpuPerReq`, `${label}, server CPU per request`, 'µs');
}

/**
 * Records what {@link load} measured under the ids {@link declareLoadMetrics} declared.
 * @param {(id: string, value: number) => void} record
 * @param {number} connections
 * @param {string} serverId
 * @param {{ rps: number, p99Ms: number, serverCpu: number }} measured
 */
export function recordLoadMetrics(record, connections, serverId, measured) {
  const key = `c${connections}:${serverId}`;
  record(`${key}:rps`, measured.rps);
  record(`${key}:p99`, measured.p99Ms);
  record(`${key}:cpuPerReq`, (measured.serverCpu * 1e6) / measured.rps);
}
