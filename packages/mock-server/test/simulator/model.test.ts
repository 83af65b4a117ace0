import { describe, expect, it } from 'vitest';
import {
  BUILTIN_SEED,
  CaacMockSimulatorError,
  Organization,
  Tenants,
} from '../../src/simulator/index.js';

const org = () => Organization.fromState(BUILTIN_SEED);

describe('organization model', () => {
  it('creates, renames and deletes a tag, removing it from members and counting usage', () => {
    const o = org();
    const tag = o.tags.create('new-tag');
    o.members.addTag(557118, tag.id);
    o.members.addTag(557119, tag.id);
    o.members.addTag(557119, tag.id);
    expect(o.tags.usageCount(tag.id)).toBe(2);
    o.tags.rename(tag.id, 'renamed');
    expect(o.tags.get(tag.id).name).toBe('renamed');
    o.tags.delete(tag.id);
    expect(o.members.tagIds(557119)).toEqual([]);
    expect(() => o.tags.get(tag.id)).toThrow(`tag ${tag.id} does not exist`);
  });

  it('upserts members by channel and external id', () => {
    const o = org();
    const first = o.members.upsert(1024, 'U-new');
    const again = o.members.upsert(1024, 'U-new');
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.member.id).toBe(first.member.id);
    expect(o.members.byExternalId(1024, 'U-new').id).toBe(first.member.id);
    expect(() => o.members.upsert(9, 'U-new')).toThrow('channel 9 does not exist');
  });

  it('applies the collaborator side effects only when the feature is on', () => {
    const o = org();
    o.assignments.assignIndividual(557118, 678);
    o.assignments.assignIndividual(557118, 702);
    expect(o.assignments.collaborators(557118)).toEqual([678]);
    o.assignments.assignManual(557118, { userId: 678 });
    expect(o.assignments.get(557118)).toMatchObject({ assignType: 'manual', userId: 678 });
    expect(o.assignments.collaborators(557118)).toEqual([702]);
    o.assignments.unassign(557118);
    expect(o.assignments.collaborators(557118)).toEqual([]);

    const off = Organization.fromState({
      ...BUILTIN_SEED,
      organization: { ...BUILTIN_SEED.organization, settings: { collaborators: false } },
    });
    off.assignments.assignIndividual(557118, 678);
    off.assignments.assignIndividual(557118, 702);
    expect(off.assignments.collaborators(557118)).toEqual([]);
  });

  it('deleting a user removes it from teams and assignments', () => {
    const o = org();
    o.assignments.assignManual(557118, { userId: 678, teamId: 12 });
    o.users.delete(678);
    expect(o.teams.get(12).user_ids).toEqual([702]);
    expect(o.assignments.get(557118)).toMatchObject({
      assignType: 'manual',
      userId: null,
      teamId: 12,
    });
  });

  it('stores messages with speaker and time, and handover changes the processing state', () => {
    const o = org();
    const message = o.messages.append(557119, { speaker: 'member', text: 'hello' });
    o.messages.append(557119, { speaker: 'bot', text: 'hi!' });
    expect(message.uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(o.messages.recent(557119).map((m) => m.sender_type)).toEqual(['member', 'bot']);
    expect(o.messages.recent(557119, 1)[0]?.text).toBe('hi!');
    o.assignments.handover(557119, { teamId: 12 });
    expect(o.members.get(557119)).toMatchObject({
      processing_state: 'processing',
      assign_type: 'manual',
    });
  });

  it('refuses unknown ids with a CaacMockSimulatorError and changes nothing', () => {
    const o = org();
    const before = JSON.stringify(o.toState());
    expect(() => o.teams.addUsers(12, [702, 999])).toThrow(CaacMockSimulatorError);
    expect(() => o.teams.addUsers(12, [702, 999])).toThrow('user 999 does not exist');
    expect(JSON.stringify(o.toState())).toBe(before);
  });

  it('round-trips through toState and keeps ids increasing after a delete', () => {
    const o = org();
    const tag = o.tags.create('x');
    o.tags.delete(tag.id);
    const copy = Organization.fromState(o.toState());
    expect(copy.tags.create('y').id).toBe(tag.id + 1);
  });

  it('completes a backup by reads, or by time with a pinned clock', () => {
    let now = Date.parse('2025-06-01T00:00:00Z');
    const clock = { now: () => now };
    const o = Organization.fromState(
      {
        ...BUILTIN_SEED,
        organization: {
          ...BUILTIN_SEED.organization,
          settings: { backupReadsToComplete: 0, backupMsToComplete: 60_000 },
        },
      },
      clock,
    );
    const backup = o.backups.trigger({
      startedAt: '2025-01-01T00:00:00Z',
      endedAt: '2025-01-02T00:00:00Z',
    });
    expect(o.backups.read(backup.id).state).toBe('initiated');
    expect(o.backups.read(backup.id).state).toBe('processing');
    now += 60_000;
    const done = o.backups.read(backup.id);
    expect(done.state).toBe('completed');
    expect(done.download_url).toContain(`/backups/${backup.id}.zip`);
    expect(() =>
      o.backups.trigger({ startedAt: '2025-01-02T00:00:00Z', endedAt: '2025-01-01T00:00:00Z' }),
    ).toThrow('ended_at 2025-01-01T00:00:00Z is before started_at 2025-01-02T00:00:00Z');
  });

  it('keeps tenants apart by API key', () => {
    const tenants = new Tenants(BUILTIN_SEED);
    tenants.forKey('a').tags.create('only-a');
    expect(
      tenants
        .forKey('b')
        .tags.list()
        .map((t) => t.name),
    ).not.toContain('only-a');
    expect(JSON.stringify(tenants.dump())).not.toContain('"a"');
  });
});
