import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CaacMockConfigError } from '../errors.js';
import type { AgentConfig } from './agent-config.js';

/** The `agent` of a seed, as the published seed schema describes it (snake_case like the rest). */
interface SeedAgent {
  readonly url: string;
  readonly token?: string;
  readonly token_env?: string;
  readonly prompt?: string;
  readonly channels?: readonly number[];
  readonly deadline_ms?: number;
  readonly history_limit?: number;
  readonly handover_to?: { readonly user_id?: number; readonly team_id?: number };
}

/**
 * The agent a seed (object or JSON/YAML file) configures, or undefined when it has none. The seed
 * was already checked against the schema by the simulator; this reads the token (from `token` or
 * the environment variable `token_env` names) and renames the fields.
 *
 * @example
 * agentFromSeed({ agent: { url: 'http://127.0.0.1:3000/ai-agent', token_env: 'CAAC_AGENT_TOKEN' } }, undefined, process.env);
 */
export function agentFromSeed(
  seed: unknown,
  seedFile: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): AgentConfig | undefined {
  const source = typeof seed === 'object' && seed !== null ? seed : seedFile && readSeed(seedFile);
  const agent =
    typeof source === 'object' && source !== null && 'agent' in source
      ? (source.agent as SeedAgent)
      : undefined;
  if (agent === undefined) return undefined;
  const where =
    seedFile === undefined || typeof seed === 'object' ? 'seed' : `seed file ${seedFile}`;
  let token = agent.token;
  if (agent.token_env !== undefined) {
    token = env[agent.token_env];
    if (!token) {
      throw new CaacMockConfigError(
        `${where}: agent.token_env names ${agent.token_env}, which is not set`,
      );
    }
  }
  if (token === undefined) {
    throw new CaacMockConfigError(`${where}: agent needs token_env (or token)`);
  }
  const handover = agent.handover_to;
  return {
    url: agent.url,
    token,
    ...(agent.prompt === undefined ? {} : { prompt: agent.prompt }),
    ...(agent.channels === undefined ? {} : { channels: agent.channels }),
    ...(agent.deadline_ms === undefined ? {} : { deadlineMs: agent.deadline_ms }),
    ...(agent.history_limit === undefined ? {} : { historyLimit: agent.history_limit }),
    ...(handover === undefined
      ? {}
      : {
          handoverTo: {
            ...(handover.user_id === undefined ? {} : { userId: handover.user_id }),
            ...(handover.team_id === undefined ? {} : { teamId: handover.team_id }),
          },
        }),
  };
}

function readSeed(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
}
