import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CaacMockSeedError } from '../errors.js';
import type { MemberSaysResult } from '../loop/conversation-loop.js';
import { PLAYGROUND_KEY } from '../loop/loop-host.js';
import { PLAYGROUND_PATH } from '../playground/serve-playground.js';
import { startMockServer } from '../server.js';
import { AGENT_TOKEN_ENV, agentFromFlags } from './agent-flags.js';
import { asUsage, integer, UsageError } from './args.js';
import type { CliIo } from './io.js';

export const CHAT_HELP = `Usage: caac-mock chat --agent-url <url> [options]

Plays a member in the terminal: starts a stateful CAAC simulator in this process, and every line
you type (or pipe in) is a member message; CAAC's request goes to your agent and its answer is
shown: a reply, a handover to a person, or a failed turn with its reason. Exits 1 when a turn
failed, so piped conversations can run in CI.

Options:
  --agent-url <url>   Your AI agent's endpoint (required)
                        caac-mock chat --agent-url http://127.0.0.1:3000/ai-agent --token dev-token
  --token <t>         The agent's bearer token (default: $${AGENT_TOKEN_ENV}); never printed
                        caac-mock chat --agent-url http://127.0.0.1:3000/ai-agent --token "$AGENT_TOKEN"
  --prompt <p>        Sent as "prompt" in every request
                        caac-mock chat --agent-url … --prompt "Answer in one sentence."
  --deadline-ms <n>   How long a turn waits for the agent (1-45000, default CAAC's 45000)
                        caac-mock chat --agent-url … --deadline-ms 5000
  --handover-to <who> Who gets the conversation on <HUMAN_HANDOVER>: user:<id>, team:<id>
                        caac-mock chat --agent-url … --handover-to user:678
  --channel <id>      Channel to write on (default: the seed's first channel)
                        caac-mock chat --agent-url … --channel 1025
  --member <id>       Member to play (default: the channel's first member)
                        caac-mock chat --agent-url … --member 557119
  --seed-file <file>  Organization to start from (JSON or YAML seed; default: the built-in one)
                        caac-mock chat --agent-url … --seed-file ./org.yaml
  --port <n>          Port of the in-process simulator and its playground (default 0: a free one)
                        caac-mock chat --agent-url … --port 4010
  -h, --help          Show this help

Type /quit or press Ctrl-D to end. Example:
  printf 'hello\\nI want a human\\n' | caac-mock chat --agent-url http://127.0.0.1:3000/ai-agent --token dev-token
`;

const OPTIONS = {
  'agent-url': { type: 'string' },
  token: { type: 'string' },
  prompt: { type: 'string' },
  'deadline-ms': { type: 'string' },
  'handover-to': { type: 'string' },
  channel: { type: 'string' },
  member: { type: 'string' },
  'seed-file': { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `caac-mock chat`: a member's side of a conversation with your agent, in the terminal.
 *
 * @example
 * process.exitCode = await chat(['--agent-url', 'http://127.0.0.1:3000/ai-agent', '--token', 't'], processIo());
 */
export async function chat(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = asUsage(() =>
    parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }),
  );
  if (values.help) {
    io.stdout(CHAT_HELP);
    return 0;
  }
  if (values['agent-url'] === undefined) throw new UsageError('chat needs --agent-url <url>');
  const agent = agentFromFlags(
    {
      'agent-url': values['agent-url'],
      'agent-token': values.token,
      'agent-prompt': values.prompt,
      'agent-deadline-ms': values['deadline-ms'],
      'agent-handover-to': values['handover-to'],
    },
    io.env,
    '--agent-url',
    '--token',
  );
  if (!io.stdin) throw new Error('chat needs a standard input');
  const mock = await startMockServer({
    stateful: true,
    port: values.port === undefined ? 0 : integer('--port', values.port, 0, 65535),
    ...(agent === undefined ? {} : { agent }),
    ...(values['seed-file'] === undefined ? {} : { seedFile: values['seed-file'] }),
  });
  try {
    const org = mock.organization(PLAYGROUND_KEY);
    const channel =
      values.channel === undefined
        ? org.channels.list()[0]
        : org.channels.get(integer('--channel', values.channel, 1, Number.MAX_SAFE_INTEGER));
    if (!channel) throw new CaacMockSeedError('the seed has no channel to chat on');
    const member =
      values.member === undefined
        ? org.members.list().find((m) => m.channel_id === channel.id)
        : org.members.inChannel(
            channel.id,
            integer('--member', values.member, 1, Number.MAX_SAFE_INTEGER),
          );
    if (!member)
      throw new UsageError(`channel ${channel.id} has no member; pick one with --member`);
    io.stdout(
      [
        `Chatting as ${member.display_name ?? member.external_member_id} (member ${member.id}) on ${channel.name} (channel ${channel.id})`,
        `AI agent: ${agent?.url} (bearer token set, not shown)`,
        `Watch it in the playground: ${mock.url}${PLAYGROUND_PATH}/`,
        'Type a message and press Enter; /quit or Ctrl-D ends.',
        '',
      ].join('\n'),
    );
    let failed = 0;
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const text = line.trim();
      if (text === '') continue;
      if (text === '/quit') break;
      const said = await mock.memberSays({
        apiKey: PLAYGROUND_KEY,
        channelId: channel.id,
        memberId: member.id,
        text,
      });
      if (said.result.kind === 'turn' && said.result.turn.outcome.kind === 'failed') failed += 1;
      io.stdout(describeResult(said));
    }
    lines.close();
    io.stdout(failed > 0 ? `Bye. ${failed} turn(s) failed.\n` : 'Bye.\n');
    return failed > 0 ? 1 : 0;
  } finally {
    await mock.close();
  }
}

/** One turn as the terminal shows it. */
function describeResult({ result }: MemberSaysResult): string {
  if (result.kind === 'skipped') return `·   no agent turn: ${result.reason}\n`;
  const { outcome, exchange, handover } = result.turn;
  const timing = `(${exchange.status ?? 'no answer'} in ${exchange.durationMs.toFixed(1)} ms)`;
  if (outcome.kind === 'failed')
    return `!   turn failed (${outcome.reason}): ${outcome.detail} ${timing}\n`;
  const reply = outcome.text === '' ? '' : `bot> ${outcome.text}  ${timing}\n`;
  if (outcome.kind === 'reply') return reply;
  const to = handover?.userId
    ? `user ${handover.userId}`
    : handover?.teamId
      ? `team ${handover.teamId}`
      : 'a person';
  return `${reply}    ↳ handed over to ${to} (assign_type ${handover?.assignType}, processing_state ${handover?.processingState}) ${reply ? '' : timing}\n`.replace(
    / \n$/,
    '\n',
  );
}
