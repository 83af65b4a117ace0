import { type ExecuteToolOptions, executeTool } from '../execute.js';
import type { CaacToolResult } from '../result.js';

/**
 * Options of the adapters' `run…` functions: those of `executeTool`. Pass `tools` (the
 * definitions, or the Responses tools, which carry `name`) to refuse calls of tools not offered.
 */
export type RunToolCallsOptions = ExecuteToolOptions;

/** The text a model reads back: the result as JSON (data on success, the error otherwise). */
export function resultText(result: CaacToolResult): string {
  return JSON.stringify(result.ok ? { ok: true, data: result.data } : result);
}

/** Runs the calls of one model turn concurrently, keeping their order. */
export function runAll<Call, Out>(
  calls: readonly Call[],
  read: (call: Call) => { name: string; input: unknown } | undefined,
  write: (call: Call, result: CaacToolResult) => Out,
  options: RunToolCallsOptions,
): Promise<Out[]> {
  return Promise.all(
    calls.flatMap((call) => {
      const request = read(call);
      return request
        ? [executeTool(request.name, request.input, options).then((result) => write(call, result))]
        : [];
    }),
  );
}
