// Chromium: loaded by a page on its own origin; the harness calls these through page.evaluate.
import * as agent from '@caac/ai-agent';
import * as client from '@caac/client';
import { createRuntimeApp } from './agent-app.js';
import { runClientChecks } from './client-checks.js';

const app = createRuntimeApp({ agent, client, token: 'browser-agent-token' });

Object.assign(globalThis, {
  runtimeSuite: {
    runClientChecks: (baseUrl: string, apiKey: string) =>
      runClientChecks(client, { baseUrl, apiKey }),
    /** The handler called with a Request built in the page. */
    async callHandler(init: { method: string; headers: Record<string, string>; body?: string }) {
      const response = await app.handler(new Request('http://127.0.0.1/ai-agent', init));
      return { status: response.status, body: await response.text() };
    },
  },
});
