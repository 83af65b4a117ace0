// Bun: the handler served by Bun.serve, straight from the installed packages.
import * as agent from '@caac/ai-agent';
import * as client from '@caac/client';
import { createRuntimeApp } from './agent-app.js';

declare const Bun: {
  serve(options: { hostname: string; port: number; fetch(request: Request): Promise<Response> }): {
    port: number;
  };
  version: string;
};
declare const process: { env: Record<string, string | undefined> };

const app = createRuntimeApp({ agent, client, token: process.env.CAAC_AGENT_TOKEN ?? '' });
const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: app.fetch });
console.log(JSON.stringify({ listening: `http://127.0.0.1:${server.port}`, version: Bun.version }));
