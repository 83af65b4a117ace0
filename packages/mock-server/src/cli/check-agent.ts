import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CAAC_DEADLINE_MS } from '@caac/ai-agent-types';
import {
  assertUsableToken,
  checkAgent,
  DEFAULT_MAX_ANSWER_BYTES,
  MAX_ANSWER_BYTES_LIMIT,
  parseAgentUrl,
} from '../checker/check-agent.js';
import { formatPlan, formatResultRow, formatSummary } from '../checker/format-report.js';
import type { CheckPlan } from '../checker/types.js';
import { asUsage, integer, UsageError } from './args.js';
import type { CliIo } from './io.js';

/** Environment variable the token can come from, so it stays out of shell history and `ps`. */
export const AGENT_TOKEN_ENV = 'CAAC_AGENT_TOKEN';

export const CHECK_AGENT_HELP = `Usage: caac-mock check-agent <url> --token <token> [options]

Plays CAAC against your self-hosted AI agent: the spec's example requests, random valid
conversations, a health check, a 200-message and a 300 KB conversation, and requests the agent
must reject with a JSON error (no token, wrong token, unsupported version, malformed JSON). Prints
a row per check as it finishes, then why each failed and a verdict; exits 0 only when every
required check passes. An agent that answers nothing is given up on after one deadline.

Options:
  --token <t>         The bearer token configured in CAAC (or set $${AGENT_TOKEN_ENV}); never printed
                        caac-mock check-agent http://127.0.0.1:3000/ai-agent --token "$AGENT_TOKEN"
  --json <file>       Also write the report as JSON, for CI
                        caac-mock check-agent https://agent.example.com/caac --json agent-report.json
  --timeout-ms <n>    Deadline per answer (default ${CAAC_DEADLINE_MS}, CAAC's own); --deadline-ms is the same
                        caac-mock check-agent http://127.0.0.1:3000/ai-agent --timeout-ms 10000
  --max-answer-bytes <n>
                      Read at most n bytes of each answer; a larger one fails the check
                      (default ${DEFAULT_MAX_ANSWER_BYTES}, at most ${MAX_ANSWER_BYTES_LIMIT})
                        caac-mock check-agent http://127.0.0.1:3000/ai-agent --max-answer-bytes 65536
  --seed <n>          Seed for the random conversations (default 1), to replay a run exactly
                        caac-mock check-agent http://127.0.0.1:3000/ai-agent --seed 42
  --random <n>        Number of random conversations (default 3)
                        caac-mock check-agent http://127.0.0.1:3000/ai-agent --random 10
  -h, --help          Show this help

Exit codes: 0 all required checks passed, 1 a required check failed, 2 usage error.
`;

const OPTIONS = {
  token: { type: 'string' },
  json: { type: 'string' },
  'timeout-ms': { type: 'string' },
  'deadline-ms': { type: 'string' },
  'max-answer-bytes': { type: 'string' },
  seed: { type: 'string' },
  random: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `caac-mock check-agent`: runs {@link checkAgent} and prints the table.
 *
 * @example
 * process.exitCode = await checkAgentCommand(['http://127.0.0.1:3000/ai-agent', '--token', token], processIo());
 */
export async function checkAgentCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = asUsage(() =>
    parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    io.stdout(CHECK_AGENT_HELP);
    return 0;
  }
  const [url, ...extra] = positionals;
  if (url === undefined) throw new UsageError('check-agent needs the agent URL');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const token = values.token ?? io.env[AGENT_TOKEN_ENV];
  if (!token) throw new UsageError(`check-agent needs --token or $${AGENT_TOKEN_ENV}`);

  try {
    parseAgentUrl(url);
    assertUsableToken(token);
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message.replace(/^\[[^\]]+\] /, '') : String(error),
    );
  }
  if (values['timeout-ms'] !== undefined && values['deadline-ms'] !== undefined)
    throw new UsageError('give --timeout-ms or --deadline-ms, not both');
  const deadlineFlag = values['deadline-ms'] === undefined ? '--timeout-ms' : '--deadline-ms';
  const deadline = values['timeout-ms'] ?? values['deadline-ms'];

  let plan: CheckPlan | undefined;
  const report = await checkAgent({
    url,
    token,
    ...(deadline === undefined ? {} : { timeoutMs: integer(deadlineFlag, deadline, 1, 600_000) }),
    ...(values['max-answer-bytes'] === undefined
      ? {}
      : {
          maxAnswerBytes: integer(
            '--max-answer-bytes',
            values['max-answer-bytes'],
            1,
            MAX_ANSWER_BYTES_LIMIT,
          ),
        }),
    ...(values.seed === undefined ? {} : { seed: integer('--seed', values.seed, 0, 2 ** 32 - 1) }),
    ...(values.random === undefined
      ? {}
      : { randomConversations: integer('--random', values.random, 0, 100) }),
    // Rows as checks finish: a slow or silent agent shows at once, not after the whole run.
    onStart: (started) => {
      plan = started;
      io.stdout(`${formatPlan(started)}\n`);
    },
    onResult: (result) => {
      if (plan) io.stdout(`${formatResultRow(plan, result)}\n`);
    },
  });
  io.stdout(`${formatSummary(report)}\n`);
  if (values.json !== undefined) {
    await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout(`JSON report written to ${values.json}\n`);
  }
  return report.passed ? 0 : 1;
}
