import { Assignments } from './assignments.js';
import { Backups } from './backups.js';
import { Channels } from './channels.js';
import { type Clock, systemClock } from './clock.js';
import { OrgCore } from './core.js';
import { ID_KINDS, type IdKind, IdSequences } from './id-sequence.js';
import { Members } from './members.js';
import { Messages } from './messages.js';
import type { MemberRecord, OrganizationSettings, OrganizationState } from './records.js';
import { invalid } from './simulator-error.js';
import { Tags } from './tags.js';
import { Teams } from './teams.js';
import { Users } from './users.js';

export const DEFAULT_SETTINGS: OrganizationSettings = {
  collaborators: true,
  backupReadsToComplete: 3,
  backupMsToComplete: 0,
};

/**
 * The in-memory model of one CAAC organization: everything the 34 operations read and write,
 * with no HTTP in it. Each resource has its own module (`org.tags`, `org.members`, ...); their
 * methods check references and throw {@link CaacMockSimulatorError} naming the ids involved, changing
 * nothing when they throw.
 *
 * @example
 * const org = Organization.fromState({ organization: { id: 1, uuid: '…', name: 'Acme' }, channels: [{ id: 1, name: 'LINE', type: 'line', external_channel_id: 'U1' }] });
 * const { member } = org.members.upsert(1, 'U-line-user');
 * org.messages.append(member.id, { speaker: 'member', text: 'hi' });
 * org.assignments.handover(member.id);
 */
export class Organization {
  readonly #core: OrgCore;
  id: number;
  uuid: string;
  name: string;
  /** Bumped by the tenant registry on every reset or load: cursors of older generations are stale. */
  generation = 0;
  readonly settings: OrganizationSettings;
  readonly channels: Channels;
  readonly users: Users;
  readonly teams: Teams;
  readonly tags: Tags;
  readonly members: Members;
  readonly messages: Messages;
  readonly assignments: Assignments;
  readonly backups: Backups;

  private constructor(state: OrganizationState, clock: Clock) {
    this.id = state.organization.id;
    this.uuid = state.organization.uuid;
    this.name = state.organization.name;
    this.settings = { ...DEFAULT_SETTINGS, ...state.organization.settings };
    this.#core = new OrgCore(new IdSequences(), clock, this.settings);
    this.#core.orgUuid = this.uuid;
    this.channels = new Channels(this.#core);
    this.users = new Users(this.#core);
    this.teams = new Teams(this.#core);
    this.tags = new Tags(this.#core);
    this.members = new Members(this.#core);
    this.messages = new Messages(this.#core);
    this.assignments = new Assignments(this.#core);
    this.backups = new Backups(this.#core, () => `https://backups.caac-mock.invalid/${this.uuid}`);
  }

  /** The organization's clock (timestamps of new records). */
  get clock(): Clock {
    return this.#core.clock;
  }

  /**
   * Builds an organization from a complete state (a snapshot, or a seed after normalising).
   * Checks every reference first and throws on the first broken one, naming it.
   */
  static fromState(state: OrganizationState, clock: Clock = systemClock): Organization {
    const org = new Organization(state, clock);
    org.#loadRecords(state);
    return org;
  }

  /** A deep copy of everything the organization holds, in the seed/snapshot format. */
  toState(): OrganizationState {
    const core = this.#core;
    return structuredClone({
      organization: { id: this.id, uuid: this.uuid, name: this.name, settings: this.settings },
      channels: core.channels.values(),
      users: core.users.values(),
      teams: core.teams.values(),
      tags: core.tags.values(),
      members: core.members.values(),
      messages: this.messages.all(),
      backups: core.backups.values(),
      next_ids: core.ids.toJSON(),
    });
  }

  #loadRecords(state: OrganizationState): void {
    const core = this.#core;
    const ids = core.ids;
    const refs = referenceChecker(state);
    for (const channel of state.channels ?? []) {
      core.channels.set({ ...channel });
      ids.reserve('channel', channel.id);
    }
    for (const user of state.users ?? []) {
      core.users.set({ ...user });
      ids.reserve('user', user.id);
    }
    for (const tag of state.tags ?? []) {
      core.tags.set({ ...tag });
      ids.reserve('tag', tag.id);
    }
    for (const [i, team] of (state.teams ?? []).entries()) {
      for (const userId of team.user_ids) refs.user(userId, () => `teams[${i}].user_ids`);
      core.teams.set({ ...team, user_ids: [...team.user_ids] });
      ids.reserve('team', team.id);
    }
    const members = state.members ?? [];
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as MemberRecord;
      // Paths are built only for a problem, and no closure per member: a tenant may hold 100,000.
      refs.memberField('channel', member.channel_id, i, 'channel_id');
      for (const tagId of member.tag_ids) refs.memberField('tag', tagId, i, 'tag_ids');
      for (const userId of member.collaborator_ids) {
        refs.memberField('user', userId, i, 'collaborator_ids');
      }
      if (member.assigned_user_id !== null) {
        refs.memberField('user', member.assigned_user_id, i, 'assigned_user_id');
      }
      if (member.assigned_team_id !== null) {
        refs.memberField('team', member.assigned_team_id, i, 'assigned_team_id');
      }
      // A spread of same-shaped records is V8's fast clone path (measured faster than
      // Object.assign for 100,000 seeded members); the id lists are the only nested values.
      const copy = { ...member };
      copy.tag_ids = member.tag_ids.slice();
      copy.collaborator_ids = member.collaborator_ids.slice();
      this.members.insert(copy);
    }
    for (const [i, message] of (state.messages ?? []).entries()) {
      if (!core.members.has(message.member_id)) {
        throw invalid(`messages[${i}].member_id: member ${message.member_id} does not exist`);
      }
      this.messages.insert(message);
    }
    for (const backup of state.backups ?? []) {
      core.backups.set({ ...backup });
      ids.reserve('backup', backup.id);
    }
    for (const [kind, next] of Object.entries(state.next_ids ?? {})) {
      if (next !== undefined && (ID_KINDS as readonly string[]).includes(kind)) {
        ids.reserve(kind as IdKind, next - 1);
      }
    }
  }
}

function referenceChecker(state: OrganizationState) {
  const sets = {
    channel: new Set((state.channels ?? []).map((c) => c.id)),
    user: new Set((state.users ?? []).map((u) => u.id)),
    tag: new Set((state.tags ?? []).map((t) => t.id)),
    team: new Set((state.teams ?? []).map((t) => t.id)),
  };
  const check =
    (kind: keyof typeof sets) =>
    (id: number, path: (field: string) => string, field = '') => {
      if (!sets[kind].has(id)) throw invalid(`${path(field)}: ${kind} ${id} does not exist`);
    };
  return {
    user: check('user'),
    memberField(kind: keyof typeof sets, id: number, index: number, field: string) {
      if (!sets[kind].has(id)) {
        throw invalid(`members[${index}].${field}: ${kind} ${id} does not exist`);
      }
    },
  };
}
