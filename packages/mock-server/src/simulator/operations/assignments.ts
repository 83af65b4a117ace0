import type { components } from '@caac/client';
import type { Assignment } from '../model/assignments.js';
import type { Organization } from '../model/organization.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';

type MemberAssignment = components['schemas']['MemberAssignment'];

function assignmentView(assignment: Assignment): MemberAssignment {
  return {
    assign_type: assignment.assignType,
    assignment_relationship: {
      member_id: assignment.memberId,
      user_id: assignment.userId,
      team_id: assignment.teamId,
    },
  };
}

/** The org_id and channel_id a body may carry must be the caller's organization and the member's channel. */
function checkScope(
  org: Organization,
  memberId: number,
  body: { channel_id?: number; org_id?: number },
): void {
  if (body.org_id !== undefined && body.org_id !== org.id) {
    throw invalid(`org_id ${body.org_id} is not this API key's organization (${org.id})`, 'org_id');
  }
  const member = safeMember(org, memberId);
  if (body.channel_id !== undefined && body.channel_id !== member.channel_id) {
    throw invalid(
      `member ${memberId} is in channel ${member.channel_id}, not in channel ${body.channel_id}`,
      'channel_id',
    );
  }
}

function safeMember(org: Organization, memberId: number) {
  try {
    return org.members.get(memberId);
  } catch {
    throw invalid(`member ${memberId} does not exist`, 'member_id');
  }
}

export const assignmentOperations = {
  getMemberAssignment: ({ org }, { path }) => {
    org.members.inChannel(path.channel_id, path.member_id);
    return { status: 200, body: assignmentView(org.assignments.get(path.member_id)) };
  },
  individualAssign: ({ org }, { body }) => {
    const relationship = body.assignment_relationship ?? {};
    const memberId = relationship.member_id;
    if (memberId === undefined) {
      throw invalid(
        'assignment_relationship.member_id is required: it names the member to assign or unassign',
        'assignment_relationship.member_id',
      );
    }
    checkScope(org, memberId, body);
    const assignment = org.assignments.assignIndividual(memberId, relationship.user_id ?? null);
    return { status: 200, body: assignmentView(assignment) };
  },
  manualAssign: ({ org }, { body }) => {
    if (body.member_id === undefined) {
      throw invalid(
        'member_id is required: it names the member to assign or unassign',
        'member_id',
      );
    }
    checkScope(org, body.member_id, body);
    const type = body.assign_type;
    if (type !== undefined && type !== 'manual' && type !== 'unassigned') {
      throw invalid(
        `assign_type ${JSON.stringify(type)} is not one of manual, unassigned`,
        'assign_type',
      );
    }
    const assignment =
      type === 'unassigned'
        ? org.assignments.unassign(body.member_id)
        : org.assignments.assignManual(body.member_id, {
            userId: body.assignment_relationship?.user_id ?? null,
            teamId: body.assignment_relationship?.team_id ?? null,
          });
    return { status: 200, body: assignmentView(assignment) };
  },
  closeConversation: ({ org }, { path, body }) => {
    org.members.inChannel(path.channel_id, path.member_id);
    org.members.closeConversation(path.member_id, body.user_id);
    return { status: 204 };
  },
} satisfies Partial<OperationHandlers>;
