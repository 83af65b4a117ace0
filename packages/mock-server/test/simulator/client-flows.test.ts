import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CaacBadRequestError,
  CaacNotFoundError,
  CaacUnprocessableEntityError,
  createCaacClient,
} from '@caac/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../src/index.js';
import { specValidFetch } from './helpers/spec-valid-fetch.js';

const stats = { checked: 0 };
let mock: MockServer;
let keyCounter = 0;

/** A client on its own tenant (a fresh API key), every answer checked against the spec. */
function tenantClient(server: MockServer = mock, apiKey = `flow-key-${++keyCounter}`) {
  return {
    apiKey,
    caac: createCaacClient({
      apiKey,
      baseUrl: server.url,
      maxRetries: 0,
      fetch: specValidFetch(stats),
    }),
  };
}

const rejects = async (call: PromiseLike<unknown>, errorClass: new (...args: never[]) => Error) => {
  const error = await Promise.resolve(call).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(errorClass);
  return error as Error & { status: number; body?: unknown };
};

beforeAll(async () => {
  mock = await startMockServer({ stateful: true });
});
afterAll(async () => {
  await mock.close();
  // Proves the flows went through the spec check, not around it.
  expect(stats.checked).toBeGreaterThan(50);
});

describe('stateful flows through @caac/client', () => {
  it('tag lifecycle: create, list, rename, tag a member, delete everywhere', async () => {
    const { caac } = tenantClient();
    const tag = await caac.tags.create({ name: 'Spring sale' });
    expect((await caac.tags.list()).tags?.map((t) => t.name)).toContain('Spring sale');
    const renamed = await caac.tags.update({
      tag_id: tag.id as number,
      name: { value: 'Summer sale', valid: true },
    });
    expect(renamed.name).toBe('Summer sale');
    await caac.memberTags.add({ member_id: 557119, tag_id: tag.id as number });
    const listed = (await caac.tags.list()).tags?.find((t) => t.id === tag.id);
    expect(listed?.usage_count).toBe(1);
    await caac.tags.delete({ tag_id: tag.id as number });
    expect((await caac.tags.list()).tags?.some((t) => t.id === tag.id)).toBe(false);
    expect((await caac.memberTags.list({ member_id: 557119 })).tag_ids).toEqual([]);
    const error = await rejects(
      caac.tags.update({ tag_id: tag.id as number, name: { value: 'x', valid: true } }),
      CaacNotFoundError,
    );
    expect(error.message).toContain(`tag ${tag.id} does not exist`);
    await rejects(caac.tags.delete({ tag_id: tag.id as number }), CaacNotFoundError);
  });

  it('member create is create-or-update by external id; tags show on the member', async () => {
    const { caac } = tenantClient();
    const first = await caac.members.create({ channel_id: 1024, channel_member_id: 'U-flow-1' });
    const again = await caac.members.create({ channel_id: 1024, channel_member_id: 'U-flow-1' });
    expect(again.member_id).toBe(first.member_id);
    const found = await caac.members.getByExternalId({
      channel_id: 1024,
      external_member_id: 'U-flow-1',
    });
    expect(found.id).toBe(first.member_id);
    await caac.memberTags.add({ member_id: first.member_id as number, tag_id: 3 });
    await caac.memberTags.add({ member_id: first.member_id as number, tag_id: 7 });
    expect((await caac.memberTags.list({ member_id: first.member_id as number })).tag_ids).toEqual([
      3, 7,
    ]);
    await caac.memberTags.remove({ member_id: first.member_id as number, tag_id: 3 });
    expect((await caac.memberTags.list({ member_id: first.member_id as number })).tag_ids).toEqual([
      7,
    ]);
    const unknownTag = await rejects(
      caac.memberTags.add({ member_id: first.member_id as number, tag_id: 9999 }),
      CaacUnprocessableEntityError,
    );
    expect(unknownTag.message).toContain('tag 9999 does not exist');
    await rejects(
      caac.members.create({ channel_id: 4242, channel_member_id: 'U-x' }),
      CaacNotFoundError,
    );
  });

  it('team lifecycle with users; deleting a user removes it from the team', async () => {
    const { caac } = tenantClient();
    const team = await caac.teams.create({
      name: 'Night shift',
      external_team_id: 'crm-night',
      routing_rule: 'by-round-robin',
    });
    const teamId = team.id as number;
    await caac.teams.update({ team_id: teamId, description: 'After 22:00' });
    expect(await caac.teams.get({ team_id: teamId })).toMatchObject({
      name: 'Night shift',
      description: 'After 22:00',
    });
    expect((await caac.teams.getByExternalId({ external_team_id: 'crm-night' })).id).toBe(teamId);
    const added = await caac.teams.addUsers({ team_id: teamId, user_ids: [678, 702] });
    expect(added.map((u) => u.id)).toEqual([678, 702]);
    await caac.teams.removeUser({ team_id: teamId, user_id: 678 });
    await caac.users.delete({ user_id: 702 });
    expect(mock.snapshot(lastKey()).teams?.find((t) => t.id === teamId)?.user_ids).toEqual([]);
    await rejects(caac.users.get({ user_id: 702 }), CaacNotFoundError);
    await caac.teams.delete({ team_id: teamId });
    await rejects(caac.teams.getV1({ team_id: teamId }), CaacNotFoundError);
    await rejects(
      caac.teams.addUsers({ team_id: 12, user_ids: [999] }),
      CaacUnprocessableEntityError,
    );
  });

  it('individual assign with collaborators on: previous assignee becomes a collaborator', async () => {
    const { caac, apiKey } = tenantClient();
    await caac.assignments.individual({
      assignment_relationship: { member_id: 557118, user_id: 678 },
    });
    const second = await caac.assignments.individual({
      assignment_relationship: { member_id: 557118, user_id: 702 },
    });
    expect(second).toEqual({
      assign_type: 'individual',
      assignment_relationship: { member_id: 557118, user_id: 702, team_id: null },
    });
    expect(collaborators(apiKey, 557118)).toEqual([678]);
    await caac.assignments.individual({
      assignment_relationship: { member_id: 557118, user_id: 678 },
    });
    expect(collaborators(apiKey, 557118)).toEqual([702]);
    const member = await caac.members.get({ channel_id: 1024, member_id: 557118 });
    expect(member.assign_type).toBe('individual');
    await caac.assignments.individual({
      assignment_relationship: { member_id: 557118, user_id: null },
    });
    expect(collaborators(apiKey, 557118)).toEqual([]);
    expect(
      (await caac.members.getAssignment({ channel_id: 1024, member_id: 557118 })).assign_type,
    ).toBe('unassigned');
  });

  it('manual assign to a team with collaborators off changes no collaborator list', async () => {
    const { caac, apiKey } = tenantClient();
    const state = mock.snapshot(apiKey);
    state.organization.settings = { ...state.organization.settings, collaborators: false };
    mock.load(apiKey, state);
    await caac.assignments.manual({ member_id: 557118, assignment_relationship: { user_id: 678 } });
    const result = await caac.assignments.manual({
      member_id: 557118,
      assignment_relationship: { user_id: 702, team_id: 12 },
    });
    expect(result.assignment_relationship).toEqual({
      member_id: 557118,
      user_id: 702,
      team_id: 12,
    });
    expect(collaborators(apiKey, 557118)).toEqual([]);
    await caac.assignments.manual({ member_id: 557118, assign_type: 'unassigned' });
    expect(
      (await caac.members.getAssignment({ channel_id: 1024, member_id: 557118 })).assign_type,
    ).toBe('unassigned');
    await rejects(
      caac.assignments.manual({ member_id: 557118, assignment_relationship: { team_id: 404 } }),
      CaacUnprocessableEntityError,
    );
  });

  it('close conversation resolves the member; a user message is stored on the conversation', async () => {
    const { caac, apiKey } = tenantClient();
    const message = await caac.messages.createFromUser({
      channel_id: 1024,
      member_id: 557118,
      type: 'text',
      text: 'On my way',
      user_id: 678,
    });
    expect(message).toMatchObject({ type: 'text', text: 'On my way', sender_type: 'user' });
    expect(mock.organization(apiKey).messages.recent(557118).at(-1)?.text).toBe('On my way');
    expect((await caac.members.get({ channel_id: 1024, member_id: 557118 })).processing_state).toBe(
      'processing',
    );
    await caac.conversations.close({ channel_id: 1024, member_id: 557118, user_id: 678 });
    expect((await caac.members.get({ channel_id: 1024, member_id: 557118 })).processing_state).toBe(
      'resolved',
    );
    await rejects(
      caac.conversations.close({ channel_id: 1024, member_id: 557120, user_id: 678 }),
      CaacNotFoundError,
    );
  });

  it('backup progresses initiated → processing → completed with a download URL', async () => {
    const { caac } = tenantClient();
    const { backup_id } = await caac.backups.trigger({
      started_at: '2025-01-01T00:00:00Z',
      ended_at: '2025-02-01T00:00:00Z',
      channel_id: 1024,
    });
    const states = [];
    for (let i = 0; i < 3; i++)
      states.push(await caac.backups.get({ backup_id: backup_id as number }));
    expect(states.map((b) => b.state)).toEqual(['initiated', 'processing', 'completed']);
    expect(states[2]?.download_url).toMatch(/^https:\/\//);
    await rejects(caac.backups.get({ backup_id: 9999 }), CaacNotFoundError);
  });

  it('pages 2,500 users with limit 1000 in exactly 3 pages, also while users are deleted', async () => {
    const users = Array.from({ length: 2500 }, (_, i) => ({ id: i + 1 }));
    const server = await startMockServer({ stateful: true, seed: { users } });
    try {
      const { caac } = tenantClient(server);
      const pages = [];
      let cursor: string | undefined;
      do {
        const page = await caac.GET('/caac/v2/users', {
          params: { query: { limit: 1000, ...(cursor ? { cursor } : {}) } },
        });
        pages.push(page.data?.users?.map((u) => u.id) ?? []);
        cursor = page.data?.cursor?.next ?? undefined;
      } while (cursor && pages.length < 10);
      expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
      expect(new Set(pages.flat()).size).toBe(2500);

      const seen: number[] = [];
      const first = await caac.GET('/caac/v2/users', { params: { query: { limit: 1000 } } });
      seen.push(...(first.data?.users?.map((u) => u.id as number) ?? []));
      // Delete one already seen and one not yet seen between pages.
      await caac.users.delete({ user_id: 10 });
      await caac.users.delete({ user_id: 1500 });
      let next = first.data?.cursor?.next ?? undefined;
      let count = 1;
      while (next && count < 10) {
        const page = await caac.GET('/caac/v2/users', {
          params: { query: { limit: 1000, cursor: next } },
        });
        seen.push(...(page.data?.users?.map((u) => u.id as number) ?? []));
        next = page.data?.cursor?.next ?? undefined;
        count++;
      }
      expect(count).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      const expected = users.map((u) => u.id).filter((id) => id !== 1500);
      expect(seen).toEqual(expected);
      const items = [];
      for await (const user of caac.users.list({ limit: 1000 })) items.push(user.id);
      expect(items).toHaveLength(2498);
    } finally {
      await server.close();
    }
  });

  it('refuses forged, foreign and stale cursors with 400', async () => {
    const { caac, apiKey } = tenantClient();
    const page = await caac.GET('/caac/v2/users', { params: { query: { limit: 1 } } });
    const token = page.data?.cursor?.next as string;
    const forged = `${token.slice(0, -2)}xx`;
    const bad = await rejects(caac.users.list({ limit: 1, cursor: forged }), CaacBadRequestError);
    expect(bad.message).toContain('is not a cursor this list handed out');
    await rejects(caac.teams.list({ cursor: token }), CaacBadRequestError);
    mock.reset(apiKey);
    const stale = await rejects(caac.users.list({ cursor: token }), CaacBadRequestError);
    expect(stale.message).toContain('stale');
  });

  it('keeps tenants apart and resets one tenant to its seed', async () => {
    const a = tenantClient();
    const b = tenantClient();
    await a.caac.tags.create({ name: 'only in a' });
    expect((await b.caac.tags.list()).tags?.some((t) => t.name === 'only in a')).toBe(false);
    const reset = await fetch(`${mock.url}/__caac-mock/reset`, {
      method: 'POST',
      headers: { apikey: a.apiKey },
    });
    expect(reset.status).toBe(204);
    expect((await a.caac.tags.list()).tags?.map((t) => t.name)).toEqual([
      'VIP客戶',
      '週末取貨',
      'リピーター',
    ]);
  });

  it('a faulted or rejected write changes nothing', async () => {
    const { caac, apiKey } = tenantClient();
    const before = mock.snapshot(apiKey);
    const faulty = createCaacClient({
      apiKey,
      baseUrl: mock.url,
      maxRetries: 0,
      headers: { 'X-Caac-Mock-Fault': '503' },
    });
    await expect(faulty.tags.create({ name: 'never stored' })).rejects.toThrow();
    await rejects(
      caac.teams.addUsers({ team_id: 12, user_ids: [715, 999] }),
      CaacUnprocessableEntityError,
    );
    await rejects(caac.tags.create({ name: 'VIP客戶' }), CaacUnprocessableEntityError);
    expect(mock.snapshot(apiKey)).toEqual(before);
  });

  it('starts from a YAML seed file and reports every problem of a broken one by path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caac-sim-'));
    const good = path.join(dir, 'org.yaml');
    writeFileSync(
      good,
      [
        'organization: { id: 7, name: Seeded Co }',
        'channels: [{ id: 1, name: Shop LINE }]',
        'tags: [{ id: 5, name: gold }]',
        'members:',
        '  - { id: 100, channel_id: 1, external_member_id: U-seeded, tag_ids: [5] }',
        '',
      ].join('\n'),
    );
    const server = await startMockServer({ stateful: true, seedFile: good });
    try {
      const { caac } = tenantClient(server);
      expect((await caac.tags.list()).tags).toEqual([
        expect.objectContaining({ id: 5, name: 'gold', org_id: 7, usage_count: 1 }),
      ]);
      expect(
        (await caac.members.getByExternalId({ channel_id: 1, external_member_id: 'U-seeded' })).id,
      ).toBe(100);
    } finally {
      await server.close();
    }
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        channels: [{ id: 'one' }],
        members: [{ id: 1, channel_id: 3, external_member_id: 'U' }],
        colour: 'blue',
      }),
    );
    const failure = await startMockServer({ stateful: true, seedFile: bad }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(failure?.message).toContain('/channels/0/id: must be integer');
    expect(failure?.message).toContain('must NOT have additional properties ("colour")');
  });

  it('persists tenants across a restart through the state file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caac-sim-'));
    const stateFile = path.join(dir, 'state.json');
    const first = await startMockServer({ stateful: true, stateFile });
    const { caac, apiKey } = tenantClient(first);
    await caac.tags.create({ name: 'survives restarts' });
    await first.close();
    expect(readFileSync(stateFile, 'utf8')).not.toContain(apiKey);
    const second = await startMockServer({ stateful: true, stateFile });
    try {
      const again = tenantClient(second, apiKey);
      expect((await again.caac.tags.list()).tags?.map((t) => t.name)).toContain(
        'survives restarts',
      );
      const other = tenantClient(second);
      expect((await other.caac.tags.list()).tags?.map((t) => t.name)).not.toContain(
        'survives restarts',
      );
    } finally {
      await second.close();
    }
  });

  it('lets Prefer still choose a spec example in stateful mode', async () => {
    const { caac } = tenantClient();
    const { data, response } = await caac.GET('/caac/v1/tags', {
      headers: { Prefer: 'example=tags' },
    });
    expect(response.status).toBe(200);
    expect(data?.tags?.[0]?.usage_count).toBe(128);
  });
});

function lastKey(): string {
  return `flow-key-${keyCounter}`;
}

function collaborators(apiKey: string, memberId: number): readonly number[] {
  return mock.organization(apiKey).assignments.collaborators(memberId);
}
