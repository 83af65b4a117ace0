// @ts-check
// What a partner app does first with @caac/client: read, page through a v2 list, handle an error.
import { CaacNotFoundError, createCaacClient } from '@caac/client';

/**
 * Runs the quickstart against a CAAC host (the mock by default) and returns what it saw.
 * @param {{ baseUrl: string, apiKey: string }} options
 * @example
 * const summary = await runQuickstart({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'dev-key' });
 */
export async function runQuickstart({ baseUrl, apiKey }) {
  const caac = createCaacClient({ baseUrl, apiKey });

  const { tags = [] } = await caac.tags.list();

  /** @type {string[]} */
  const users = [];
  for await (const user of caac.users.list({ limit: 100 }))
    users.push(user.name ?? String(user.id));

  let missingTeam = '';
  try {
    // Prefer: code=404 asks the mock for the documented "not found" answer.
    await caac.teams.get({ team_id: 404 }, { headers: { prefer: 'code=404' } });
  } catch (error) {
    if (!(error instanceof CaacNotFoundError)) throw error;
    missingTeam = `${error.status} ${error.code ?? ''}`.trim();
  }

  return { tags: tags.map((tag) => tag.name), users, missingTeam };
}
