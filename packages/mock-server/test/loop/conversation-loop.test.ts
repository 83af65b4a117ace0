import { validateRequest } from '@caac/ai-agent-types';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentConfig } from '../../src/loop/agent-config.js';
import { ConversationLoop } from '../../src/loop/conversation-loop.js';
import { LoopTenants } from '../../src/loop/simulator-tenants.js';
import type { Turn, TurnResult } from '../../src/loop/turn.js';
import { BUILTIN_SEED, Tenants } from '../../src/simulator/index.js';
import { type ExampleName, startExampleAgent } from './example-agents.js';
import { deadAgentUrl, startScriptedAgent } from './scripted-agent.js';

const TOKEN = 'loop-e2e-token-41c7';
const API_KEY = 'loop-test-key';
// The built-in seed: channel 1024 (LINE) with members 557118 (one earlier message) and 557119.
const LINE = 1024;
const MEI = 557118;

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function setup(agent: Omit<AgentConfig, 'token'> & { token?: string }) {
  const tenants = new Tenants(BUILTIN_SEED);
  const loopTenants = new LoopTenants(tenants);
  const tenant = loopTenants.register(API_KEY);
  const loop = new ConversationLoop((name) => loopTenants.organization(name));
  closers.push(() => loop.close());
  loop.configure(tenant, { token: TOKEN, ...agent });
  const org = tenants.forKey(API_KEY);
  const says = (text: string, memberId = MEI, channelId = LINE) =>
    loop.memberSays({ tenant, channelId, memberId, text });
  return { loop, org, tenant, says };
}

function turnOf(result: TurnResult): Turn {
  if (result.kind !== 'turn') throw new Error(`expected a turn, got skipped: ${result.reason}`);
  return result.turn;
}

async function example(name: ExampleName, token = TOKEN) {
  const agent = await startExampleAgent(name, token);
  closers.push(agent.close);
  return agent.url;
}

describe.each(['node-http', 'hono'] as const)('the loop with the %s example agent', (name) => {
  it('stores the member message, calls the agent with a spec-valid request and stores its reply', async () => {
    const { org, says, tenant } = setup({
      url: await example(name),
      prompt: 'Answer in one line.',
    });
    const { message, result } = await says('Do you open on Sunday?');
    const turn = turnOf(result);
    expect(turn.outcome.kind).toBe('reply');
    expect(turn.answers).toEqual([message.uuid]);
    const request = turn.exchange.request;
    expect(validateRequest(request).ok).toBe(true);
    expect(request).toMatchObject({
      version: '1.0',
      conversation_id: MEI,
      org_uuid: BUILTIN_SEED.organization.uuid,
      prompt: 'Answer in one line.',
      participants: { members: [{ id: MEI, display_name: '陳小美' }], users: [] },
    });
    // The seeded earlier message, then the new one, with speakers and timestamps.
    expect(request.messages.map((m) => [m.sender_type, m.sender_id, m.text])).toEqual([
      ['member', MEI, '請問週末可以到門市取貨嗎？'],
      ['member', MEI, 'Do you open on Sunday?'],
    ]);
    expect(request.messages.every((m) => !Number.isNaN(Date.parse(m.timestamp)))).toBe(true);
    const stored = org.messages.recent(MEI);
    expect(stored.at(-1)).toMatchObject({ sender_type: 'bot', sender_id: 0 });
    expect(stored.at(-1)?.text).toBe(turn.outcome.kind === 'reply' ? turn.outcome.text : '');
    expect(turn.tenant).toBe(tenant);
    expect(tenant).toMatch(/^sha256:/);
  });

  it('records a token mismatch as a failed turn and stores nothing for the member', async () => {
    const { org, says } = setup({ url: await example(name, 'another-token-x9') });
    const before = org.messages.recent(MEI).length;
    const turn = turnOf((await says('hello')).result);
    expect(turn.outcome).toMatchObject({ kind: 'failed', reason: 'error-status' });
    expect(turn.exchange.status).toBe(401);
    expect(org.messages.recent(MEI)).toHaveLength(before + 1); // only the member's message
    expect(JSON.stringify(turn)).not.toContain(TOKEN);
  });
});

describe('handover', () => {
  it('assigns the conversation to the configured person, keeps the marker from the member, and silences the bot', async () => {
    const { org, says } = setup({ url: await example('node-http'), handoverTo: { userId: 678 } });
    const turn = turnOf((await says('I want to talk to a human')).result);
    expect(turn.outcome).toEqual({ kind: 'handover', text: 'Connecting you now.' });
    expect(turn.handover).toEqual({
      assignType: 'manual',
      processingState: 'processing',
      userId: 678,
      teamId: null,
    });
    expect(org.messages.recent(MEI).at(-1)?.text).toBe('Connecting you now.');
    expect(org.assignments.get(MEI)).toMatchObject({ assignType: 'manual', userId: 678 });
    expect(org.members.get(MEI).processing_state).toBe('processing');

    const next = await says('hello?');
    expect(next.result).toEqual({
      kind: 'skipped',
      reason: 'the conversation is assigned (manual); a person answers it',
    });
  });

  it('without a target only changes the processing state; closing the conversation gives it back to the bot', async () => {
    const handover = await startScriptedAgent(() => ({
      body: '{"reply_text":"<HUMAN_HANDOVER>"}',
    }));
    closers.push(handover.close);
    const loop2 = setup({ url: handover.url });
    const turn = turnOf((await loop2.says('refund')).result);
    expect(turn.outcome).toEqual({ kind: 'handover', text: '' });
    expect(turn.botMessage).toBeUndefined();
    expect(loop2.org.members.get(MEI)).toMatchObject({
      processing_state: 'processing',
      assign_type: 'unassigned',
    });
    expect((await loop2.says('anyone?')).result).toMatchObject({ kind: 'skipped' });

    loop2.org.members.closeConversation(MEI, 678);
    expect(turnOf((await loop2.says('new question')).result).outcome.kind).toBe('handover');
  });
});

describe('failed turns', () => {
  it('records an agent that is down', async () => {
    const { org, says } = setup({ url: await deadAgentUrl() });
    const turn = turnOf((await says('hi')).result);
    expect(turn.outcome).toMatchObject({ kind: 'failed', reason: 'unreachable' });
    expect(org.messages.recent(MEI).at(-1)?.sender_type).toBe('member');
  });

  it('records an agent slower than the deadline, and the next message gets a fresh turn', async () => {
    const agent = await startScriptedAgent((_, index) => (index === 0 ? { delayMs: 5_000 } : {}));
    closers.push(agent.close);
    const { says } = setup({ url: agent.url, deadlineMs: 200 });
    const slow = turnOf((await says('hi')).result);
    expect(slow.outcome).toEqual({
      kind: 'failed',
      reason: 'timeout',
      detail: 'no complete answer within 200 ms',
    });
    expect(turnOf((await says('still there?')).result).outcome).toEqual({
      kind: 'reply',
      text: 'ok',
    });
  });

  it('skips channels the agent does not answer, and tenants without an agent', async () => {
    const { says, loop, tenant } = setup({ url: 'http://127.0.0.1:9/none', channels: [1025] });
    expect((await says('hi')).result).toEqual({
      kind: 'skipped',
      reason: 'the agent does not answer channel 1024',
    });
    loop.configure(tenant, undefined);
    expect((await says('hi')).result).toEqual({
      kind: 'skipped',
      reason: 'no agent is configured for this tenant',
    });
  });

  it('refuses unknown members and empty text without storing anything', async () => {
    const { says, org } = setup({ url: 'http://127.0.0.1:9/none' });
    const before = org.messages.all().length;
    await expect(says('hi', 999)).rejects.toThrow('member 999 does not exist');
    await expect(says('hi', 557120)).rejects.toThrow(/member 557120 in channel/);
    await expect(says('  ')).rejects.toThrow('text must be a non-empty string');
    expect(org.messages.all()).toHaveLength(before);
  });
});

describe('messages arriving during a turn', () => {
  it('waits for the running turn, then answers all waiting messages in one next turn, in order', async () => {
    const agent = await startScriptedAgent((request) => {
      const messages = (request.body as { messages: Array<{ sender_type: string; text?: string }> })
        .messages;
      const lastMember = messages.findLast((m) => m.sender_type === 'member')?.text;
      return {
        body: JSON.stringify({ reply_text: `seen ${messages.length}, last ${lastMember}` }),
      };
    });
    closers.push(agent.close);
    const { loop, tenant, org } = setup({ url: agent.url });
    const first = loop.accept({ tenant, channelId: LINE, memberId: MEI, text: 'one' });
    // Turn 1 is now in flight (its request is on the wire); two more messages arrive.
    const second = loop.accept({ tenant, channelId: LINE, memberId: MEI, text: 'two' });
    const third = loop.accept({ tenant, channelId: LINE, memberId: MEI, text: 'three' });
    const [r1, r2, r3] = await Promise.all([first.pending, second.pending, third.pending]);
    const t1 = turnOf(r1);
    const t2 = turnOf(r2);
    expect(turnOf(r3)).toBe(t2);
    expect(t2.id).toBe(t1.id + 1);
    expect(t1.answers).toEqual([first.message.uuid]);
    expect(t2.answers).toEqual([second.message.uuid, third.message.uuid]);
    expect(agent.received).toHaveLength(2);
    // Turn 2 started only after turn 1's reply was stored (it sees that reply): never two calls at once.
    const texts = org.messages
      .recent(MEI)
      .slice(1)
      .map((m) => `${m.sender_type}:${m.text}`);
    expect(texts).toEqual([
      'member:one',
      'member:two',
      'member:three',
      'bot:seen 2, last one',
      'bot:seen 5, last three',
    ]);
    expect(t2.exchange.request.messages.map((m) => m.text)).toEqual([
      '請問週末可以到門市取貨嗎？',
      'one',
      'two',
      'three',
      'seen 2, last one',
    ]);
  });
});
