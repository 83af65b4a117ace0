import { createCaacClient } from '@caac/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { specDocument } from '../../src/simulator/spec-document.js';
import { specValidFetch } from './helpers/spec-valid-fetch.js';

let mock: MockServer;
const stats = { checked: 0 };

beforeAll(async () => {
  mock = await startMockServer({ stateful: true, apiKeys: ['every-op'] });
});
afterAll(() => mock.close());

describe('every platform operation in stateful mode', () => {
  it('answers each of the 34 operations from the model, spec-valid', async () => {
    const caac = createCaacClient({
      apiKey: 'every-op',
      baseUrl: mock.url,
      maxRetries: 0,
      fetch: specValidFetch(stats),
    });
    await caac.channels.listV1();
    await caac.channels.list({ limit: 1 });
    const { member_id } = await caac.members.create({
      channel_id: 1024,
      channel_member_id: 'U-every',
    });
    const memberId = member_id as number;
    await caac.members.getByExternalId({ channel_id: 1024, external_member_id: 'U-every' });
    await caac.members.get({ channel_id: 1024, member_id: memberId });
    await caac.members.getAssignment({ channel_id: 1024, member_id: memberId });
    await caac.assignments.individual({
      assignment_relationship: { member_id: memberId, user_id: 678 },
      channel_id: 1024,
      org_id: 42,
    });
    await caac.assignments.manual({
      member_id: memberId,
      channel_id: 1024,
      assignment_relationship: { team_id: 12 },
    });
    await caac.messages.createFromUser({
      channel_id: 1024,
      member_id: memberId,
      type: 'text',
      text: 'hi',
      user_id: 702,
    });
    await caac.conversations.close({ channel_id: 1024, member_id: memberId, user_id: 702 });
    const tag = await caac.tags.create({ name: 'every' });
    await caac.tags.list();
    await caac.tags.update({ tag_id: tag.id as number, name: { value: 'every-2', valid: true } });
    await caac.memberTags.add({ member_id: memberId, tag_id: tag.id as number });
    await caac.memberTags.list({ member_id: memberId });
    await caac.memberTags.remove({ member_id: memberId, tag_id: tag.id as number });
    await caac.tags.delete({ tag_id: tag.id as number });
    const team = await caac.teams.create({ name: 'Every team', external_team_id: 'every' });
    const teamId = team.id as number;
    await caac.teams.getByExternalId({ external_team_id: 'every' });
    await caac.teams.getV1({ team_id: teamId });
    await caac.teams.get({ team_id: teamId });
    await caac.teams.update({ team_id: teamId, routing_rule: 'by-queue' });
    await caac.teams.addUsers({ team_id: teamId, user_ids: [715] });
    await caac.teams.removeUser({ team_id: teamId, user_id: 715 });
    await caac.teams.list({ limit: 1 });
    await caac.teams.delete({ team_id: teamId });
    await caac.users.getByExternalId({ external_user_id: 'emp-00678' });
    await caac.users.getV1({ user_id: 678 });
    await caac.users.get({ user_id: 678 });
    await caac.users.update({ user_id: 715, chat_name: 'Kenta', external_user_id: null });
    await caac.users.list({ limit: 2 });
    await caac.users.delete({ user_id: 715 });
    const { backup_id } = await caac.backups.trigger({
      started_at: '2025-01-01T00:00:00Z',
      ended_at: '2025-01-02T00:00:00Z',
    });
    await caac.backups.get({ backup_id: backup_id as number });

    const answered = new Set(
      mock.journal.entries.filter((e) => e.status < 300).map((e) => e.operationId),
    );
    const all = Object.values(specDocument().document.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(all).toHaveLength(34);
    expect([...all].filter((id) => !answered.has(id))).toEqual([]);
    expect(stats.checked).toBe(mock.journal.entries.length);
  });
});
