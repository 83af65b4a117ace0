import { parseArgs } from 'node:util';
import { formatJournalLine } from '../journal/journal-line.js';
import type { MockServerOptions } from '../options.js';
import { PLAYGROUND_PATH } from '../playground/serve-playground.js';
import { API_KEYS_ENV, parseApiKeys } from '../scenario/api-keys.js';
import { MAX_DELAY_MS, parseFault } from '../scenario/faults.js';
import { startMockServer } from '../server.js';
import { AGENT_HELP, AGENT_OPTIONS, agentFromFlags } from './agent-flags.js';
import { asUsage, integer, UsageError } from './args.js';
import type { CliIo } from './io.js';

export const SERVE_HELP = `Usage: caac-mock serve [options]

Serves the CAAC API from the bundled OpenAPI spec (Prism in-process) with API key checks,
scenario headers, latency and fault injection, and a one-line journal entry per request.

Options:
  --port <n>          Port to listen on (default 4010; 0 picks a free port)
                        caac-mock serve --port 8080
  --host <addr>       Interface to bind (default 127.0.0.1; 0.0.0.0 exposes it on the network)
                        caac-mock serve --host 0.0.0.0
  --dynamic           Generate responses from the schemas instead of the spec's examples
                        caac-mock serve --dynamic
  --seed <n>          Seed for --dynamic, so generated data repeats run after run
                        caac-mock serve --dynamic --seed 7
  --errors            Answer 500 when a response violates its own schema (use in CI)
                        caac-mock serve --errors
  --keys <k1,k2>      Valid apikey values; others get 401. Default: $${API_KEYS_ENV}, else any
                      non-empty key is accepted (a missing key always gets 401)
                        caac-mock serve --keys key-for-ci,key-for-dev
  --latency-ms <n>    Delay every response by n ms (0-${MAX_DELAY_MS}); X-Caac-Mock-Delay wins
                        caac-mock serve --latency-ms 300
  --fault <fault>     Inject a fault into every request: 429[;retry-after=s], 503, 500, drop,
                      with ;times=n to fail only the first n; X-Caac-Mock-Fault wins
                        caac-mock serve --fault "503;retry-after=2"
  --max-body-bytes <n>  Largest request body (default 1048576, 1 MiB); larger ones get 413
                        caac-mock serve --max-body-bytes 65536
  --spec <file>       Serve another OpenAPI file instead of the bundled CAAC spec
                        caac-mock serve --spec ./my-caac-fork.yaml
  --stateful          Answer from an in-memory CAAC organization per API key instead of the
                      spec's examples: what a test creates, it reads back (see README)
                        caac-mock serve --stateful
  --seed-file <file>  Stateful: the organization every tenant starts from (JSON or YAML,
                      checked against schema/organization.schema.json)
                        caac-mock serve --stateful --seed-file ./org.yaml
  --state-file <file> Stateful: load tenants from the file at start, write them back after
                      every change (atomically: temp file + rename)
                        caac-mock serve --stateful --state-file .caac-mock/state.json
${AGENT_HELP}  --quiet             Do not print a line per request
                        caac-mock serve --quiet
  -h, --help          Show this help

Per-request headers:
  Prefer: code=404            Answer with the operation's 404 response
  Prefer: example=lastPage    Answer with a named example
  X-Caac-Mock-Delay: 250      Delay this response by 250 ms
  X-Caac-Mock-Fault: 429;retry-after=2 | 503 | drop | none

Examples:
  caac-mock serve
  curl -s -H 'apikey: test-key' http://127.0.0.1:4010/caac/v2/channels
  curl -s -H 'apikey: test-key' -H 'Prefer: code=404' http://127.0.0.1:4010/caac/v1/users/1
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  dynamic: { type: 'boolean' },
  seed: { type: 'string' },
  errors: { type: 'boolean' },
  keys: { type: 'string' },
  'latency-ms': { type: 'string' },
  fault: { type: 'string' },
  'max-body-bytes': { type: 'string' },
  spec: { type: 'string' },
  stateful: { type: 'boolean' },
  'seed-file': { type: 'string' },
  'state-file': { type: 'string' },
  ...AGENT_OPTIONS,
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `caac-mock serve`: starts the mock and keeps it running until SIGINT or SIGTERM.
 *
 * @example
 * await serve(['--port', '4010', '--errors'], processIo());
 */
export async function serve(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = asUsage(() =>
    parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }),
  );
  if (values.help) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  const keys = parseApiKeys(values.keys ?? io.env[API_KEYS_ENV]);
  if (values.fault !== undefined) {
    const fault = parseFault(values.fault);
    if (!fault.ok) throw new UsageError(`--fault: ${fault.error}`);
  }
  if (!values.stateful && (values['seed-file'] || values['state-file'])) {
    throw new UsageError('--seed-file and --state-file need --stateful');
  }
  const agent = agentFromFlags(values, io.env);
  if (agent && !values.stateful) throw new UsageError('--agent-url needs --stateful');
  const options: MockServerOptions = {
    port: values.port === undefined ? 4010 : integer('--port', values.port, 0, 65535),
    host: values.host ?? '127.0.0.1',
    dynamic: values.dynamic ?? false,
    errors: values.errors ?? false,
    apiKeys: [...keys],
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(values['latency-ms'] === undefined
      ? {}
      : { latencyMs: integer('--latency-ms', values['latency-ms'], 0, MAX_DELAY_MS) }),
    ...(values.fault === undefined ? {} : { fault: values.fault }),
    ...(values['max-body-bytes'] === undefined
      ? {}
      : {
          maxBodyBytes: integer(
            '--max-body-bytes',
            values['max-body-bytes'],
            0,
            Number.MAX_SAFE_INTEGER,
          ),
        }),
    ...(values.spec === undefined ? {} : { spec: values.spec }),
    ...(values.stateful ? { stateful: true } : {}),
    ...(values['seed-file'] === undefined ? {} : { seedFile: values['seed-file'] }),
    ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
    ...(agent === undefined ? {} : { agent }),
    // The terminal is the journal here; keeping entries in memory too would only grow the process.
    // Stateful mode keeps the last few hundred for the playground's journal view.
    journalLimit: values.stateful ? 500 : 0,
    ...(values.quiet ? {} : { onRequest: (entry) => io.stdout(`${formatJournalLine(entry)}\n`) }),
  };
  const mock = await startMockServer(options);
  const keyHeader = curlKeyHeader(keys.size > 0, values.keys === undefined);
  io.stdout(
    [
      `CAAC mock listening on ${mock.url}${values.stateful ? ' (stateful: one organization per API key)' : ''}`,
      keys.size > 0
        ? `API keys: ${keys.size} configured (values not shown); any other key gets 401`
        : `API keys: any non-empty apikey header is accepted (restrict with --keys or ${API_KEYS_ENV})`,
      `Try: curl -s ${keyHeader} ${mock.url}/caac/v2/channels`,
      ...(values.stateful
        ? [
            `Playground: ${mock.url}${PLAYGROUND_PATH}/${keys.size > 0 ? '' : ' (tenant of apikey "playground"; add others in the page)'}`,
            agent
              ? `AI agent: ${agent.url} (bearer token set, not shown)`
              : 'AI agent: none (add --agent-url to have member messages answered)',
          ]
        : []),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const signal = await io.waitForStop();
  io.stdout(`${signal}: stopping the mock\n`);
  await mock.close();
  return 0;
}

/** The curl `-H` for the start banner; it never contains a configured key. */
function curlKeyHeader(restricted: boolean, fromEnv: boolean): string {
  if (!restricted) return `-H 'apikey: test-key'`;
  // The shell expands this to the first configured key, so the line still runs as printed.
  return fromEnv ? `-H "apikey: \${${API_KEYS_ENV}%%,*}"` : `-H 'apikey: <one of your --keys>'`;
}
