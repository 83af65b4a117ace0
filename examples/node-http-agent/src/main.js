// @ts-check
// `pnpm start`: serves the agent on http://127.0.0.1:$PORT/ai-agent (default 3000) with the bearer
// token from $CAAC_AGENT_TOKEN. The token is never printed.
import { startAgent } from './agent.js';

const token = process.env.CAAC_AGENT_TOKEN;
if (!token) {
  console.error(
    'Set CAAC_AGENT_TOKEN to the bearer token configured in CAAC, e.g.\n  CAAC_AGENT_TOKEN=dev-token pnpm start',
  );
  process.exit(1);
}
const agent = await startAgent({ token, port: Number(process.env.PORT ?? 3000) });
console.log(`AI agent listening on ${agent.url}`);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void agent.close());
}
