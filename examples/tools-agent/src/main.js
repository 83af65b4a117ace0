// @ts-check
// `pnpm start`: the tools agent on http://127.0.0.1:$PORT/ai-agent (default 3000). It calls CAAC
// with $CAAC_API_KEY at $CAAC_BASE_URL (e.g. a caac-mock: `pnpm start` at the repo root serves one
// on http://127.0.0.1:4010). Neither the key nor the token is ever printed.
import { createCaacClient } from '@caac/client';
import { startToolsAgent } from './agent.js';
import { scriptedModel } from './scripted-model.js';

const token = process.env.CAAC_AGENT_TOKEN;
if (!token || !process.env.CAAC_API_KEY) {
  console.error(
    'Set CAAC_AGENT_TOKEN (the bearer token configured in CAAC) and CAAC_API_KEY, e.g.\n' +
      '  CAAC_AGENT_TOKEN=dev-token CAAC_API_KEY=dev-key CAAC_BASE_URL=http://127.0.0.1:4010 pnpm start',
  );
  process.exit(1);
}
const client = createCaacClient({ baseUrl: process.env.CAAC_BASE_URL });
const agent = await startToolsAgent({
  token,
  port: Number(process.env.PORT ?? 3000),
  client,
  model: scriptedModel,
});
console.log(`AI agent with CAAC tools listening on ${agent.url}`);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void agent.close());
}
