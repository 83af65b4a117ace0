// @ts-check
// A bounded in-process call loop: `concurrency` workers call `call` back to back until the duration
// or the call cap runs out. Used for client-side costs, where the thing measured is the caller.
import { percentile, sorted } from './stats.mjs';

/**
 * @param {() => Promise<unknown>} call
 * @param {{ concurrency: number, durationMs: number, maxCalls: number }} options
 */
export async function callLoop(call, { concurrency, durationMs, maxCalls }) {
  const latencies = new Float64Array(maxCalls + concurrency);
  let count = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const deadline = started + durationMs;
  async function worker() {
    while (count < maxCalls) {
      const t0 = performance.now();
      await call();
      const t1 = performance.now();
      latencies[count++] = t1 - t0;
      if (t1 >= deadline) return;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const s = sorted(latencies.subarray(0, count));
  return {
    rps: (count / elapsedMs) * 1000,
    // CPU time this process spent per call: the caller's own cost, and far steadier than wall
    // time when other processes compete for the cores.
    cpuUs: (cpu.user + cpu.system) / count,
    p50Us: percentile(s, 50) * 1000,
    p99Us: percentile(s, 99) * 1000,
    calls: count,
  };
}

/**
 * Time per operation of a synchronous function, in microseconds, over a bounded time slice.
 * @param {() => unknown} fn
 * @param {{ durationMs: number, maxIterations: number }} options
 */
export function timePerOp(fn, { durationMs, maxIterations }) {
  const started = performance.now();
  const deadline = started + durationMs;
  let iterations = 0;
  let now = started;
  // Check the clock every 64 calls so reading it does not weigh on a microsecond-scale function.
  while (iterations < maxIterations && now < deadline) {
    for (let i = 0; i < 64; i++) fn();
    iterations += 64;
    now = performance.now();
  }
  return ((now - started) / iterations) * 1000;
}
