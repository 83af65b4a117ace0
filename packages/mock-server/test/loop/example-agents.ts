/** An example agent listening on loopback. */
export interface ExampleAgent {
  readonly url: string;
  close(): Promise<void>;
}

type StartAgent = (options: { token: string; port?: number }) => Promise<ExampleAgent>;

// The repo's example agents are plain JavaScript without declarations: imported by a runtime
// specifier and typed here once.
const EXAMPLES = {
  'node-http': '@caac/example-node-http-agent',
  hono: '@caac/example-hono-agent',
} as const;

export type ExampleName = keyof typeof EXAMPLES;

/** Starts one of the repo's example agents (examples/node-http-agent, examples/hono-agent). */
export async function startExampleAgent(name: ExampleName, token: string): Promise<ExampleAgent> {
  const { startAgent } = (await import(EXAMPLES[name])) as { startAgent: StartAgent };
  return startAgent({ token, port: 0 });
}
