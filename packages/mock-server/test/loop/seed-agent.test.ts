import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/index.js';
import { type ExampleAgent, startExampleAgent } from './example-agents.js';

const TOKEN = 'seed-token-77aa';
const ENV = 'CAAC_LOOP_TEST_AGENT_TOKEN';

describe('the agent of a seed file', () => {
  let agent: ExampleAgent;
  let dir: string;
  beforeAll(async () => {
    agent = await startExampleAgent('node-http', TOKEN);
    dir = mkdtempSync(path.join(tmpdir(), 'caac-loop-seed-'));
  });
  afterAll(async () => {
    await agent.close();
    rmSync(dir, { recursive: true, force: true });
    delete process.env[ENV];
  });

  function seedFile(agentYaml: string): string {
    const file = path.join(dir, `org-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(
      file,
      [
        'organization: { id: 7, name: Acme }',
        'channels: [{ id: 1, name: Acme LINE }]',
        'users: [{ id: 10, name: Mei }]',
        'members: [{ id: 100, channel_id: 1, external_member_id: U-100, display_name: Kai }]',
        agentYaml,
      ].join('\n'),
    );
    return file;
  }

  it('answers members with the seed agent, token from token_env, and keeps it out of snapshots', async () => {
    process.env[ENV] = TOKEN;
    const mock = await startMockServer({
      stateful: true,
      seedFile: seedFile(
        `agent: { url: "${agent.url}", token_env: ${ENV}, channels: [1], handover_to: { user_id: 10 } }`,
      ),
    });
    try {
      const { result } = await mock.memberSays({
        apiKey: 'k',
        channelId: 1,
        memberId: 100,
        text: 'a human please',
      });
      expect(result).toMatchObject({
        kind: 'turn',
        turn: { outcome: { kind: 'handover' }, handover: { assignType: 'manual', userId: 10 } },
      });
      const snapshot = JSON.stringify(mock.snapshot('k'));
      expect(snapshot).not.toContain('"agent":');
      expect(snapshot).not.toContain(agent.url);
      expect(snapshot).not.toContain(TOKEN);
    } finally {
      await mock.close();
    }
  });

  it('names the missing environment variable', async () => {
    delete process.env[ENV];
    const file = seedFile(`agent: { url: "${agent.url}", token_env: ${ENV} }`);
    await expect(startMockServer({ stateful: true, seedFile: file })).rejects.toThrow(
      `seed file ${file}: agent.token_env names ${ENV}, which is not set`,
    );
  });

  it('rejects an unknown agent field with its path', async () => {
    const file = seedFile(`agent: { url: "${agent.url}", tokn: x }`);
    await expect(startMockServer({ stateful: true, seedFile: file })).rejects.toThrow(
      '/agent: must NOT have additional properties ("tokn")',
    );
  });
});
