import type { AgentConfig } from '../loop/agent-config.js';
import type { HandoverTarget } from '../loop/loop-model.js';
import { integer, UsageError } from './args.js';

/** Where the CLI reads the agent's bearer token when `--agent-token` is not given (keeps it out of shell history). */
export const AGENT_TOKEN_ENV = 'CAAC_AGENT_TOKEN';

/** The `parseArgs` options that configure the conversation loop's agent. */
export const AGENT_OPTIONS = {
  'agent-url': { type: 'string' },
  'agent-token': { type: 'string' },
  'agent-prompt': { type: 'string' },
  'agent-channels': { type: 'string' },
  'agent-deadline-ms': { type: 'string' },
  'agent-handover-to': { type: 'string' },
} as const;

/** Help lines for {@link AGENT_OPTIONS}, in the CLI's "flag, then example" layout. */
export const AGENT_HELP = `  --agent-url <url>   With --stateful: the AI agent the conversation loop calls when a member
                      writes (see --agent-token); every tenant uses it
                        caac-mock serve --stateful --agent-url http://127.0.0.1:3000/ai-agent
  --agent-token <t>   The agent's bearer token (default: $${AGENT_TOKEN_ENV}); never printed
                        caac-mock serve --stateful --agent-url … --agent-token "$AGENT_TOKEN"
  --agent-prompt <p>  Sent as "prompt" in every agent request
                        caac-mock serve --stateful --agent-url … --agent-prompt "Answer in one sentence."
  --agent-channels <ids>  Channel ids the agent answers (default: every channel)
                        caac-mock serve --stateful --agent-url … --agent-channels 1024
  --agent-deadline-ms <n> How long a turn waits for the agent (1-45000, default CAAC's 45000)
                        caac-mock serve --stateful --agent-url … --agent-deadline-ms 5000
  --agent-handover-to <who>  Who gets the conversation on <HUMAN_HANDOVER>: user:<id>, team:<id>
                      or both, comma-separated (default: nobody; only the processing state changes)
                        caac-mock serve --stateful --agent-url … --agent-handover-to user:678,team:12
`;

type AgentValues = { readonly [K in keyof typeof AGENT_OPTIONS]?: string | undefined };

/**
 * The agent configuration the flags describe, or undefined when no `--agent-url` was given.
 * Errors name the flag; none quotes the token.
 *
 * @example
 * agentFromFlags({ 'agent-url': 'http://127.0.0.1:3000/ai-agent' }, { CAAC_AGENT_TOKEN: 't' });
 */
export function agentFromFlags(
  values: AgentValues,
  env: Readonly<Record<string, string | undefined>>,
  urlFlag = '--agent-url',
  tokenFlag = '--agent-token',
): AgentConfig | undefined {
  const url = values['agent-url'];
  const others = Object.keys(AGENT_OPTIONS).filter(
    (name) => name !== 'agent-url' && values[name as keyof AgentValues] !== undefined,
  );
  if (url === undefined) {
    if (others.length > 0) throw new UsageError(`--${others[0]} needs ${urlFlag}`);
    return undefined;
  }
  const token = values['agent-token'] ?? env[AGENT_TOKEN_ENV];
  if (!token) {
    throw new UsageError(
      `${urlFlag} needs the agent's bearer token: ${tokenFlag} <token> or $${AGENT_TOKEN_ENV}`,
    );
  }
  const channels = values['agent-channels'];
  const deadline = values['agent-deadline-ms'];
  const handover = values['agent-handover-to'];
  return {
    url,
    token,
    ...(values['agent-prompt'] === undefined ? {} : { prompt: values['agent-prompt'] }),
    ...(channels === undefined
      ? {}
      : {
          channels: channels
            .split(',')
            .map((id) => integer('--agent-channels', id, 1, Number.MAX_SAFE_INTEGER)),
        }),
    ...(deadline === undefined
      ? {}
      : { deadlineMs: integer('--agent-deadline-ms', deadline, 1, 45_000) }),
    ...(handover === undefined ? {} : { handoverTo: handoverTarget(handover) }),
  };
}

function handoverTarget(text: string): HandoverTarget {
  const target: { userId?: number; teamId?: number } = {};
  for (const part of text.split(',')) {
    const [kind, id = ''] = part.trim().split(':');
    if (kind === 'user')
      target.userId = integer('--agent-handover-to user', id, 1, Number.MAX_SAFE_INTEGER);
    else if (kind === 'team')
      target.teamId = integer('--agent-handover-to team', id, 1, Number.MAX_SAFE_INTEGER);
    else
      throw new UsageError(
        `--agent-handover-to takes user:<id> and/or team:<id>, got "${part.trim()}"`,
      );
  }
  return target;
}
