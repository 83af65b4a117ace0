// @ts-check
// `pnpm example:client` (repository root) or `pnpm start` (here): runs the quickstart against
// $CAAC_BASE_URL (default: the mock from `pnpm start` at the repository root, http://127.0.0.1:4010)
// with $CAAC_API_KEY (any key works on the mock).
import { CaacConnectionError } from '@caac/client';
import { runQuickstart } from './quickstart.js';

const baseUrl = process.env.CAAC_BASE_URL ?? 'http://127.0.0.1:4010';
try {
  const summary = await runQuickstart({ baseUrl, apiKey: process.env.CAAC_API_KEY ?? 'dev-key' });
  console.log(`tags:  ${summary.tags.join(', ')}`);
  console.log(`users: ${summary.users.join(', ')}`);
  console.log(`teams.get(404): ${summary.missingTeam}`);
} catch (error) {
  if (!(error instanceof CaacConnectionError)) throw error;
  // The usual first-run slip: the mock is not running. One line that says what to do.
  console.error(
    `No CAAC API answers at ${baseUrl}: start the mock with \`pnpm start\` in another terminal (or set CAAC_BASE_URL).`,
  );
  process.exitCode = 1;
}
