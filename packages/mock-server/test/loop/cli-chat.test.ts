import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { memoryIo } from '../helpers/cli-io.js';
import { type ExampleAgent, startExampleAgent } from './example-agents.js';
import { deadAgentUrl } from './scripted-agent.js';

const TOKEN = 'chat-token-0d4c';

/** Runs `caac-mock chat` with `lines` piped into its standard input. */
async function chatWith(args: string[], lines: string[], env: Record<string, string> = {}) {
  const cli = memoryIo(env);
  const stdin = new PassThrough();
  stdin.end(lines.map((line) => `${line}\n`).join(''));
  const code = await runCli(['chat', ...args], { ...cli.io, stdin });
  return { code, out: cli.stdout(), err: cli.stderr() };
}

describe('caac-mock chat', () => {
  let agent: ExampleAgent;
  beforeAll(async () => {
    agent = await startExampleAgent('node-http', TOKEN);
  });
  afterAll(() => agent.close());

  it('plays a piped conversation: a reply, a handover, then silence from the bot', async () => {
    const { code, out, err } = await chatWith(
      [
        '--agent-url',
        agent.url,
        '--token',
        TOKEN,
        '--handover-to',
        'user:678',
        '--deadline-ms',
        '10000',
      ],
      ['Where is my order?', '', 'I want a human', 'hello?'],
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'Chatting as 陳小美 (member 557118) on 晨光選物 LINE 官方帳號 (channel 1024)',
    );
    expect(out).toMatch(
      /^bot> Thanks for your message! You wrote: "Where is my order\?" {2}\(200 in [\d.]+ ms\)$/m,
    );
    expect(out).toMatch(/^bot> Connecting you now\. {2}\(200 in [\d.]+ ms\)$/m);
    expect(out).toContain(
      '    ↳ handed over to user 678 (assign_type manual, processing_state processing)\n',
    );
    expect(out).toContain(
      '·   no agent turn: the conversation is assigned (manual); a person answers it\n',
    );
    expect(out).toMatch(/Bye\.\n$/);
    expect(out).not.toContain(TOKEN);
  });

  it('reads the token from CAAC_AGENT_TOKEN, picks the member, stops at /quit', async () => {
    const { code, out } = await chatWith(
      ['--agent-url', agent.url, '--channel', '1025', '--member', '557120'],
      ['hi', '/quit', 'never sent'],
      { CAAC_AGENT_TOKEN: TOKEN },
    );
    expect(code).toBe(0);
    expect(out).toContain('(member 557120) on 晨光選物 Facebook 粉絲專頁 (channel 1025)');
    expect(out).toContain('bot> Thanks for your message! You wrote: "hi"');
    expect(out).not.toContain('never sent');
  });

  it('shows failed turns with their reason and exits 1', async () => {
    const { code, out } = await chatWith(
      ['--agent-url', await deadAgentUrl(), '--token', TOKEN],
      ['hello'],
    );
    expect(code).toBe(1);
    expect(out).toMatch(
      /^! {3}turn failed \(unreachable\): cannot reach http:\/\/127\.0\.0\.1:\d+\/ai-agent: .*ECONNREFUSED/m,
    );
    expect(out).toContain('Bye. 1 turn(s) failed.');
  });

  it.each([
    [[], 'chat needs --agent-url <url>'],
    [
      ['--agent-url', 'http://127.0.0.1:1/a'],
      "--agent-url needs the agent's bearer token: --token <token> or $CAAC_AGENT_TOKEN",
    ],
    [
      ['--agent-url', 'http://127.0.0.1:1/a', '--token', 't', '--handover-to', 'boss:1'],
      '--agent-handover-to takes user:<id> and/or team:<id>, got "boss:1"',
    ],
  ])('exits 2 on %j', async (args, message) => {
    const { code, err } = await chatWith(args, []);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('names a member that is not on the channel', async () => {
    const { code, err } = await chatWith(
      ['--agent-url', agent.url, '--token', TOKEN, '--member', '557120'],
      ['hi'],
    );
    expect(code).toBe(1);
    expect(err).toContain('member 557120 in channel');
  });
});

describe('caac-mock chat --help', () => {
  it('documents every option with an example', async () => {
    const cli = memoryIo();
    expect(await runCli(['help', 'chat'], cli.io)).toBe(0);
    const options =
      cli
        .stdout()
        .split('\n\n')
        .find((part) => part.startsWith('Options:')) ?? '';
    const blocks = options.split(/\n(?= {2}-)/).slice(1);
    expect(blocks.map((block) => block.trim().split(/\s/)[0])).toEqual([
      '--agent-url',
      '--token',
      '--prompt',
      '--deadline-ms',
      '--handover-to',
      '--channel',
      '--member',
      '--seed-file',
      '--port',
      '-h,',
    ]);
    for (const block of blocks.slice(0, -1)) expect(block, block).toMatch(/\n {24}caac-mock chat /);
  });
});

describe('caac-mock serve with an agent', () => {
  it('needs --stateful', async () => {
    const cli = memoryIo();
    expect(
      await runCli(['serve', '--agent-url', 'http://127.0.0.1:1/a', '--agent-token', 't'], cli.io),
    ).toBe(2);
    expect(cli.stderr()).toContain('--agent-url needs --stateful');
  });

  it('prints the playground and the agent, never the token, and answers members through the loop route', async () => {
    const agent = await startExampleAgent('hono', TOKEN);
    const cli = memoryIo();
    const running = runCli(
      [
        'serve',
        '--stateful',
        '--port',
        '0',
        '--quiet',
        '--agent-url',
        agent.url,
        '--agent-token',
        TOKEN,
      ],
      cli.io,
    );
    try {
      const [, url] = await cli.waitFor(
        /Playground: (http:\/\/127\.0\.0\.1:\d+)\/__caac-mock\/playground\//,
      );
      expect(cli.stdout()).toContain(`AI agent: ${agent.url} (bearer token set, not shown)`);
      const response = await fetch(`${url}/__caac-mock/loop/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          apiKey: 'test-key',
          channelId: 1024,
          memberId: 557119,
          text: 'hey',
        }),
      });
      const body = await response.json();
      expect(body.result.turn.outcome).toEqual({ kind: 'reply', text: 'You said: hey' });
      expect(cli.stdout()).not.toContain(TOKEN);
    } finally {
      cli.stop();
      expect(await running).toBe(0);
      await agent.close();
    }
  });
});
