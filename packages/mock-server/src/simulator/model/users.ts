import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { StorePage } from './ordered-store.js';
import type { UserRecord } from './records.js';
import { invalid, notFound } from './simulator-error.js';

/** The fields of a user that Update User may change. */
export type UserChanges = Partial<
  Pick<UserRecord, 'name' | 'chat_name' | 'avatar' | 'mobile' | 'external_user_id'>
>;

/**
 * The organization's users (human agents). Deleting a user removes it from its teams, from
 * every assignment (the member stays assigned to the team, if any) and from every collaborator list.
 */
export class Users {
  constructor(private readonly core: OrgCore) {}

  get size(): number {
    return this.core.users.size;
  }

  list(): readonly UserRecord[] {
    return this.core.users.values();
  }

  pageAfter(afterId: number, limit: number): StorePage<UserRecord> {
    return this.core.users.pageAfter(afterId, limit);
  }

  pageBefore(beforeId: number, limit: number): StorePage<UserRecord> {
    return this.core.users.pageBefore(beforeId, limit);
  }

  get(userId: number, field = 'user_id'): UserRecord {
    const user = this.core.users.get(userId);
    if (!user) throw notFound('user', userId, field);
    return user;
  }

  has(userId: number): boolean {
    return this.core.users.has(userId);
  }

  byExternalId(externalUserId: string): UserRecord {
    for (const user of this.core.users.values()) {
      if (user.external_user_id === externalUserId) return user;
    }
    throw notFound('user with external_user_id', externalUserId, 'external_user_id');
  }

  /** Adds a user (the API has no Create User; seeds and the control plane use this). */
  create(input: Partial<Omit<UserRecord, 'id'>> = {}): UserRecord {
    if (input.external_user_id) this.#checkExternalId(input.external_user_id, undefined);
    const id = this.core.ids.next('user');
    const user: UserRecord = {
      name: `User ${id}`,
      role_name: 'Agent',
      role_type: 'agent',
      status: 'active',
      on_duty_status: 'online',
      is_internal_user: false,
      ...input,
      id,
      created_at: input.created_at ?? isoNow(this.core.clock),
    };
    this.core.users.set(user);
    return user;
  }

  update(userId: number, changes: UserChanges): UserRecord {
    const user = this.get(userId);
    if (typeof changes.external_user_id === 'string') {
      this.#checkExternalId(changes.external_user_id, userId);
    }
    // Only the fields Update User documents: a body may carry others (the schema is open).
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.chat_name !== undefined) user.chat_name = changes.chat_name;
    if (changes.avatar !== undefined) user.avatar = changes.avatar;
    if (changes.mobile !== undefined) user.mobile = changes.mobile;
    if (changes.external_user_id !== undefined) user.external_user_id = changes.external_user_id;
    return user;
  }

  delete(userId: number): void {
    this.get(userId);
    for (const team of this.core.teams.values()) {
      const at = team.user_ids.indexOf(userId);
      if (at >= 0) team.user_ids.splice(at, 1);
    }
    for (const member of this.core.members.values()) {
      if (member.assigned_user_id === userId) {
        member.assigned_user_id = null;
        if (member.assigned_team_id === null) member.assign_type = 'unassigned';
      }
      const at = member.collaborator_ids.indexOf(userId);
      if (at >= 0) member.collaborator_ids.splice(at, 1);
    }
    this.core.users.delete(userId);
  }

  #checkExternalId(externalUserId: string, ownId: number | undefined): void {
    for (const user of this.core.users.values()) {
      if (user.external_user_id === externalUserId && user.id !== ownId) {
        throw invalid(
          `external_user_id ${JSON.stringify(externalUserId)} is already used by user ${user.id}`,
          'external_user_id',
        );
      }
    }
  }
}
