// @ts-check
// `pnpm start`: runs the quickstart against $CAAC_BASE_URL (default: the mock from `pnpm start` at
// the repository root, http://127.0.0.1:4010) with $CAAC_API_KEY (any key works on the mock).
import { runQuickstart } from './quickstart.js';

const summary = await runQuickstart({
  baseUrl: process.env.CAAC_BASE_URL ?? 'http://127.0.0.1:4010',
  apiKey: process.env.CAAC_API_KEY ?? 'dev-key',
});
console.log(`tags:  ${summary.tags.join(', ')}`);
console.log(`users: ${summary.users.join(', ')}`);
console.log(`teams.get(404): ${summary.missingTeam}`);
