import type { OrgCore } from './core.js';
import type { StorePage } from './ordered-store.js';
import type { TeamRecord, UserRecord } from './records.js';
import { invalid, notFound } from './simulator-error.js';

export type TeamInput = Partial<
  Pick<TeamRecord, 'description' | 'external_team_id' | 'routing_rule'>
> & { name: string };
export type TeamChanges = Partial<TeamInput>;

/** The organization's teams and their users. Deleting a team unassigns the members assigned to it. */
export class Teams {
  constructor(private readonly core: OrgCore) {}

  list(): readonly TeamRecord[] {
    return this.core.teams.values();
  }

  pageAfter(afterId: number, limit: number): StorePage<TeamRecord> {
    return this.core.teams.pageAfter(afterId, limit);
  }

  pageBefore(beforeId: number, limit: number): StorePage<TeamRecord> {
    return this.core.teams.pageBefore(beforeId, limit);
  }

  get(teamId: number, field = 'team_id'): TeamRecord {
    const team = this.core.teams.get(teamId);
    if (!team) throw notFound('team', teamId, field);
    return team;
  }

  byExternalId(externalTeamId: string): TeamRecord {
    for (const team of this.core.teams.values()) {
      if (team.external_team_id === externalTeamId) return team;
    }
    throw notFound('team with external_team_id', externalTeamId, 'external_team_id');
  }

  create(input: TeamInput & { user_ids?: number[]; editable?: boolean }): TeamRecord {
    this.#checkName(input.name, undefined);
    if (input.external_team_id) this.#checkExternalId(input.external_team_id, undefined);
    const team: TeamRecord = {
      id: this.core.ids.next('team'),
      name: input.name,
      routing_rule: input.routing_rule ?? 'manual',
      editable: input.editable ?? true,
      user_ids: [...(input.user_ids ?? [])],
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.external_team_id === undefined ? {} : { external_team_id: input.external_team_id }),
    };
    this.core.teams.set(team);
    return team;
  }

  update(teamId: number, changes: TeamChanges): TeamRecord {
    const team = this.get(teamId);
    if (changes.name !== undefined) this.#checkName(changes.name, teamId);
    if (changes.external_team_id) this.#checkExternalId(changes.external_team_id, teamId);
    if (changes.name !== undefined) team.name = changes.name;
    if (changes.description !== undefined) team.description = changes.description;
    if (changes.external_team_id !== undefined) team.external_team_id = changes.external_team_id;
    if (changes.routing_rule !== undefined) team.routing_rule = changes.routing_rule;
    return team;
  }

  delete(teamId: number): void {
    this.get(teamId);
    for (const member of this.core.members.values()) {
      if (member.assigned_team_id === teamId) {
        member.assigned_team_id = null;
        if (member.assigned_user_id === null) member.assign_type = 'unassigned';
      }
    }
    this.core.teams.delete(teamId);
  }

  /**
   * Adds users to the team; users already in it stay where they are. All ids are checked first,
   * so an unknown id changes nothing. Returns the users named in the request, in request order.
   */
  addUsers(teamId: number, userIds: readonly number[]): UserRecord[] {
    const team = this.get(teamId);
    const users = userIds.map((userId) => {
      const user = this.core.users.get(userId);
      if (!user) throw invalid(`user ${userId} does not exist`, 'user_ids');
      return user;
    });
    for (const user of users) if (!team.user_ids.includes(user.id)) team.user_ids.push(user.id);
    return users;
  }

  removeUser(teamId: number, userId: number): void {
    const team = this.get(teamId);
    const at = team.user_ids.indexOf(userId);
    if (at < 0) throw notFound(`user ${userId} in team`, teamId, 'user_id');
    team.user_ids.splice(at, 1);
  }

  #checkName(name: string, ownId: number | undefined): void {
    if (name.trim() === '') throw invalid('team name must not be empty', 'name');
    for (const team of this.core.teams.values()) {
      if (team.name === name && team.id !== ownId) {
        throw invalid(
          `a team named ${JSON.stringify(name)} already exists (team ${team.id})`,
          'name',
        );
      }
    }
  }

  #checkExternalId(externalTeamId: string, ownId: number | undefined): void {
    for (const team of this.core.teams.values()) {
      if (team.external_team_id === externalTeamId && team.id !== ownId) {
        throw invalid(
          `external_team_id ${JSON.stringify(externalTeamId)} is already used by team ${team.id}`,
          'external_team_id',
        );
      }
    }
  }
}
