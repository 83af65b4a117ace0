// workerd (Cloudflare Workers): a module Worker; the token comes from `env`, so the app is built
// on first use, as the ai-agent README shows for Workers.
import * as agent from '@caac/ai-agent';
import * as client from '@caac/client';
import { createRuntimeApp } from './agent-app.js';

let app: ReturnType<typeof createRuntimeApp> | undefined;

export default {
  fetch(request: Request, env: { CAAC_AGENT_TOKEN: string }) {
    app ??= createRuntimeApp({ agent, client, token: env.CAAC_AGENT_TOKEN });
    return app.fetch(request);
  },
};
