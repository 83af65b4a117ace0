import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { AssignType, MemberRecord } from './records.js';
import { invalid } from './simulator-error.js';

/** Who a member is assigned to. */
export interface Assignment {
  readonly memberId: number;
  readonly assignType: AssignType;
  readonly userId: number | null;
  readonly teamId: number | null;
  /** Users collaborating on the member (Collaborator feature), in the order they joined. */
  readonly collaboratorIds: readonly number[];
}

/** The target of a manual assignment: a user, a team, or both. */
export interface ManualTarget {
  readonly userId?: number | null;
  readonly teamId?: number | null;
}

/**
 * Assignments of members to users and teams, with the Collaborator side effects the reference
 * documents for Individual Assign and Manual Assign, applied only while the organization's
 * Collaborator feature is on:
 * - on assign, the previous assignee (a user) becomes a collaborator, and the new assignee leaves
 *   the collaborator list;
 * - on unassign, the collaborator list is cleared.
 */
export class Assignments {
  constructor(private readonly core: OrgCore) {}

  get(memberId: number): Assignment {
    return view(this.#member(memberId));
  }

  collaborators(memberId: number): readonly number[] {
    return [...this.#member(memberId).collaborator_ids];
  }

  /** Individual Assign: assigns the member to one user; `null` unassigns. */
  assignIndividual(memberId: number, userId: number | null): Assignment {
    const member = this.#member(memberId);
    if (userId === null) return this.unassign(memberId);
    this.#checkUser(userId);
    this.#assign(member, 'individual', userId, null);
    return view(member);
  }

  /** Manual Assign: assigns the member to a user and/or a team; neither unassigns. */
  assignManual(memberId: number, target: ManualTarget): Assignment {
    const member = this.#member(memberId);
    const userId = target.userId ?? null;
    const teamId = target.teamId ?? null;
    if (userId === null && teamId === null) return this.unassign(memberId);
    if (userId !== null) this.#checkUser(userId);
    if (teamId !== null && !this.core.teams.has(teamId)) {
      throw invalid(`team ${teamId} does not exist`, 'assignment_relationship.team_id');
    }
    this.#assign(member, 'manual', userId, teamId);
    return view(member);
  }

  /** Clears the member's assignment (and, with the Collaborator feature, its collaborators). */
  unassign(memberId: number): Assignment {
    const member = this.#member(memberId);
    member.assign_type = 'unassigned';
    member.assigned_user_id = null;
    member.assigned_team_id = null;
    if (this.core.settings.collaborators) member.collaborator_ids = [];
    member.updated_at = isoNow(this.core.clock);
    return view(member);
  }

  /**
   * Hands the conversation over to people: the member's processing state becomes `processing`
   * and, when a target is given, the member is manually assigned to it. Used by the conversation
   * loop when the AI agent answers `<HUMAN_HANDOVER>`.
   */
  handover(memberId: number, target: ManualTarget = {}): Assignment {
    const member = this.#member(memberId);
    const assignment =
      (target.userId ?? null) !== null || (target.teamId ?? null) !== null
        ? this.assignManual(memberId, target)
        : view(member);
    member.processing_state = 'processing';
    member.updated_at = isoNow(this.core.clock);
    return { ...assignment };
  }

  #assign(
    member: MemberRecord,
    type: AssignType,
    userId: number | null,
    teamId: number | null,
  ): void {
    if (this.core.settings.collaborators) {
      const previous = member.assigned_user_id;
      const collaborators = member.collaborator_ids.filter((id) => id !== userId);
      if (previous !== null && previous !== userId && !collaborators.includes(previous)) {
        collaborators.push(previous);
      }
      member.collaborator_ids = collaborators;
    }
    member.assign_type = type;
    member.assigned_user_id = userId;
    member.assigned_team_id = teamId;
    member.updated_at = isoNow(this.core.clock);
  }

  #member(memberId: number): MemberRecord {
    const member = this.core.members.get(memberId);
    if (!member) throw invalid(`member ${memberId} does not exist`, 'member_id');
    return member;
  }

  #checkUser(userId: number): void {
    if (!this.core.users.has(userId)) {
      throw invalid(`user ${userId} does not exist`, 'assignment_relationship.user_id');
    }
  }
}

function view(member: MemberRecord): Assignment {
  return {
    memberId: member.id,
    assignType: member.assign_type,
    userId: member.assigned_user_id,
    teamId: member.assigned_team_id,
    collaboratorIds: [...member.collaborator_ids],
  };
}
