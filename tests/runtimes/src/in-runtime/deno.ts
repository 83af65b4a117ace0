// Deno: the handler served by Deno.serve, the packages resolved from the project's node_modules.
import * as agent from '@caac/ai-agent';
import * as client from '@caac/client';
import { createRuntimeApp } from './agent-app.js';

declare const Deno: {
  serve(
    options: { hostname: string; port: number; onListen(address: { port: number }): void },
    handler: (request: Request) => Promise<Response>,
  ): unknown;
  env: { get(name: string): string | undefined };
  version: { deno: string };
};

const app = createRuntimeApp({
  agent,
  client,
  token: Deno.env.get('CAAC_AGENT_TOKEN') ?? '',
  // Deno runs with --unstable-no-legacy-abort here: request.signal means a hang-up, read it.
  watchHangUp: true,
});
Deno.serve(
  {
    hostname: '127.0.0.1',
    port: 0,
    onListen: ({ port }) =>
      console.log(
        JSON.stringify({ listening: `http://127.0.0.1:${port}`, version: Deno.version.deno }),
      ),
  },
  app.fetch,
);
