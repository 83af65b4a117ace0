// Runs bundled code in `edge-runtime`'s VM: only Web-standard globals (fetch, Request, crypto,
// streams...), no `require`, no `process`, and no code generation (eval / new Function), like
// Vercel's Edge Functions and Cloudflare Workers.
import { EdgeRuntime } from 'edge-runtime';

export function createEdgeVm(initialCode: string): EdgeRuntime {
  return new EdgeRuntime({ initialCode });
}

/** Evaluates an async expression in the VM and awaits it, failing if it outlives `timeoutMs`. */
export async function evaluateAsync<T>(
  vm: EdgeRuntime,
  asyncBody: string,
  timeoutMs = 10_000,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`edge code did not settle in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    // JSON round trip: values cross the realm boundary as plain data, not VM objects.
    const json = vm.evaluate<Promise<string>>(
      `(async () => JSON.stringify(await (async () => { ${asyncBody} })()))()`,
    );
    return JSON.parse(await Promise.race([json, deadline])) as T;
  } finally {
    clearTimeout(timer);
  }
}
