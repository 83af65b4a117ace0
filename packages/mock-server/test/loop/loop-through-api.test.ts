import { createCaacClient } from '@caac/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { type ExampleAgent, startExampleAgent } from './example-agents.js';

const KEY = 'partner-app-key';
const OTHER_KEY = 'other-tenant-key';
const TOKEN = 'through-api-token-a61b';
const LINE = 1024;
const MEI = 557118;

describe('the conversation loop seen by a partner app through @caac/client', () => {
  let agent: ExampleAgent;
  let mock: MockServer;
  let caac: ReturnType<typeof createCaacClient>;

  beforeAll(async () => {
    agent = await startExampleAgent('hono', TOKEN);
    mock = await startMockServer({
      stateful: true,
      apiKeys: [KEY, OTHER_KEY],
      agents: {
        [KEY]: {
          url: agent.url,
          token: TOKEN,
          deadlineMs: 10_000,
          handoverTo: { userId: 702, teamId: 12 },
        },
      },
    });
    caac = createCaacClient({ apiKey: KEY, baseUrl: mock.url });
  }, 60_000);
  afterAll(async () => {
    await mock?.close();
    await agent?.close();
  });

  it('stores the member message and the bot reply on the conversation', async () => {
    const { result } = await mock.memberSays({
      apiKey: KEY,
      channelId: LINE,
      memberId: MEI,
      text: 'Is the store open?',
    });
    expect(result).toMatchObject({
      kind: 'turn',
      turn: { outcome: { kind: 'reply', text: 'You said: Is the store open?' } },
    });
    const texts = mock
      .organization(KEY)
      .messages.recent(MEI)
      .map((m) => `${m.sender_type}: ${m.text}`);
    expect(texts.slice(-2)).toEqual([
      'member: Is the store open?',
      'bot: You said: Is the store open?',
    ]);
  });

  it('after a handover the app reads the new assignment and processing state', async () => {
    const before = await caac.members.getAssignment({ channel_id: LINE, member_id: MEI });
    expect(before.assign_type).toBe('unassigned');
    // The node:http example hands over when the member asks for a person.
    const handover = await startExampleAgent('node-http', TOKEN);
    try {
      mock.setAgent(
        { apiKey: KEY },
        { url: handover.url, token: TOKEN, handoverTo: { userId: 702, teamId: 12 } },
      );
      const { result } = await mock.memberSays({
        apiKey: KEY,
        channelId: LINE,
        memberId: MEI,
        text: 'I need a person',
      });
      expect(result).toMatchObject({
        kind: 'turn',
        turn: { outcome: { kind: 'handover', text: 'Connecting you now.' } },
      });
    } finally {
      await handover.close();
    }
    const after = await caac.members.getAssignment({ channel_id: LINE, member_id: MEI });
    expect(after).toMatchObject({
      assign_type: 'manual',
      assignment_relationship: { member_id: MEI, user_id: 702, team_id: 12 },
    });
    const member = await caac.members.get({ channel_id: LINE, member_id: MEI });
    expect(member).toMatchObject({ assign_type: 'manual', processing_state: 'processing' });

    // The person closes the conversation and unassigns: the bot answers the next message again.
    await caac.conversations.close({ channel_id: LINE, member_id: MEI, user_id: 702 });
    await caac.assignments.manual({ channel_id: LINE, member_id: MEI, assign_type: 'unassigned' });
    mock.setAgent({ apiKey: KEY }, { url: agent.url, token: TOKEN });
    const again = await mock.memberSays({
      apiKey: KEY,
      channelId: LINE,
      memberId: MEI,
      text: 'thanks!',
    });
    expect(again.result).toMatchObject({ kind: 'turn', turn: { outcome: { kind: 'reply' } } });
  });

  it('keeps tenants apart and never answers for a tenant without an agent', async () => {
    const { result } = await mock.memberSays({
      apiKey: OTHER_KEY,
      channelId: LINE,
      memberId: MEI,
      text: 'hi',
    });
    expect(result).toEqual({ kind: 'skipped', reason: 'no agent is configured for this tenant' });
    expect(
      mock
        .organization(OTHER_KEY)
        .messages.recent(MEI)
        .map((m) => m.text),
    ).toEqual(['請問週末可以到門市取貨嗎？', 'hi']);
  });

  it('the loop routes answer beside the API, and the journal never holds the token', async () => {
    const response = await fetch(`${mock.url}/__caac-mock/loop/tenants`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text).tenants).toHaveLength(2);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(KEY);
    expect(JSON.stringify(mock.journal.entries)).not.toContain(TOKEN);
  });

  it('refuses memberSays on a stateless mock with a clear error', async () => {
    const plain = await startMockServer({});
    try {
      await expect(
        plain.memberSays({ apiKey: KEY, channelId: 1, memberId: 1, text: 'x' }),
      ).rejects.toThrow('start the mock with stateful: true to play members');
    } finally {
      await plain.close();
    }
    await expect(
      startMockServer({ agent: { url: 'http://127.0.0.1:1/a', token: 't' } }),
    ).rejects.toThrow('agent need stateful: true');
  });
});
