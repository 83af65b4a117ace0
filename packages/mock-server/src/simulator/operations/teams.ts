import type { components } from '@caac/client';
import type { TeamRecord } from '../model/records.js';
import { invalid } from '../model/simulator-error.js';
import type { OperationHandlers } from './types.js';
import { userView } from './users.js';

type Team = components['schemas']['Team'];
type TeamV2 = components['schemas']['TeamV2'];

function teamV2View(team: TeamRecord): TeamV2 {
  return {
    id: team.id,
    name: team.name,
    routing_rule: team.routing_rule,
    ...(team.description === undefined ? {} : { description: team.description }),
    ...(team.external_team_id === undefined ? {} : { external_team_id: team.external_team_id }),
  };
}

function teamView(team: TeamRecord): Team {
  return { ...teamV2View(team), editable: team.editable };
}

export const teamOperations = {
  getTeamByExternalId: ({ org }, { query }) => {
    if (query.external_team_id === undefined) {
      throw invalid('external_team_id is required to look a team up', 'external_team_id');
    }
    return { status: 200, body: teamView(org.teams.byExternalId(query.external_team_id)) };
  },
  createTeam: ({ org }, { body }) => {
    // Only the documented fields: the body schema is open, and `user_ids` is not a way to add users.
    const team = org.teams.create({
      name: body.name,
      ...(body.description === undefined ? {} : { description: body.description }),
      ...(body.external_team_id === undefined ? {} : { external_team_id: body.external_team_id }),
      ...(body.routing_rule === undefined ? {} : { routing_rule: body.routing_rule }),
    });
    return { status: 200, body: teamView(team) };
  },
  getTeamByIdV1: ({ org }, { path }) => ({
    status: 200,
    body: teamView(org.teams.get(path.team_id)),
  }),
  getTeamByIdV2: ({ org }, { path }) => ({
    status: 200,
    body: teamV2View(org.teams.get(path.team_id)),
  }),
  updateTeam: ({ org }, { path, body }) => ({
    status: 200,
    body: teamView(
      org.teams.update(path.team_id, {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.description === undefined ? {} : { description: body.description }),
        ...(body.external_team_id === undefined ? {} : { external_team_id: body.external_team_id }),
        ...(body.routing_rule === undefined ? {} : { routing_rule: body.routing_rule }),
      }),
    ),
  }),
  deleteTeam: ({ org }, { path }) => {
    org.teams.delete(path.team_id);
    return { status: 204 };
  },
  addTeamUsers: ({ org }, { path, body }) => {
    if (body.user_ids === undefined || body.user_ids.length === 0) {
      throw invalid('user_ids must name at least one user', 'user_ids');
    }
    const users = org.teams.addUsers(path.team_id, body.user_ids);
    return { status: 200, body: users.map((user) => userView(org, user)) };
  },
  removeTeamUser: ({ org }, { path }) => {
    org.teams.removeUser(path.team_id, path.user_id);
    return { status: 204 };
  },
  listTeams: ({ org, pager }, { query }) => {
    const page = pager.page('teams', org.generation, org.teams, query);
    return { status: 200, body: { teams: page.items.map(teamV2View), cursor: page.cursor } };
  },
} satisfies Partial<OperationHandlers>;
