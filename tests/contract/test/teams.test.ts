import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('getTeamByExternalId', () => {
  it('finds a team by its external id', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.getByExternalId({ external_team_id: 'crm-team-vip' });
    expect(team).toEqual(responseExample('getTeamByExternalId'));
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.teams.getByExternalId({ external_team_id: 'crm-team-vip' }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('createTeam', () => {
  it('creates a team', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.create({ name: '台北門市支援', routing_rule: 'by-queue' });
    expect(team).toEqual(responseExample('createTeam'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a team without a name with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.teams.create({ description: '沒有名字' } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('getTeamByIdV1', () => {
  it('returns the team (v1 shape)', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.getV1({ team_id: 12 });
    expect(team).toEqual(responseExample('getTeamByIdV1'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a team id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.teams.getV1({ team_id: 'vip' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('updateTeam', () => {
  it('updates a team', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.update({
      team_id: 12,
      description: '負責 VIP 與年度會員的一對一專屬服務',
    });
    expect(team).toEqual(responseExample('updateTeam'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a routing rule that is not a string with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.teams.update({ team_id: 12, routing_rule: 7 as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('deleteTeam', () => {
  it('deletes a team with 204', async () => {
    const { client, statuses } = contractClient();
    await expect(client.teams.delete({ team_id: 12 })).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.teams.delete({ team_id: 12 }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('addTeamUsers', () => {
  it('adds users and returns them', async () => {
    const { client, statuses } = contractClient();
    const users = await client.teams.addUsers({ team_id: 12, user_ids: [678, 702] });
    expect(users).toEqual(responseExample('addTeamUsers'));
    expect(Array.isArray(users)).toBe(true);
    expect(statuses).toEqual([200]);
  });

  it('rejects user ids that are not integers with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.teams.addUsers({ team_id: 12, user_ids: ['678'] as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('removeTeamUser', () => {
  it('removes a user from a team with 204', async () => {
    const { client, statuses } = contractClient();
    await expect(client.teams.removeUser({ team_id: 12, user_id: 678 })).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
  });

  it('rejects a user id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.teams.removeUser({ team_id: 12, user_id: 'me' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('listTeams', () => {
  it('returns the first page of teams', async () => {
    const { client, statuses } = contractClient();
    const page = await client.teams.list({ limit: 2 });
    expect(page).toEqual(responseExample('listTeams', 200, 'firstPage'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a limit of zero with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(client.teams.list({ limit: 0 }), CaacBadRequestError, 400, statuses);
  });
});

describeOperation('getTeamByIdV2', () => {
  it('returns the team (v2 shape)', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.get({ team_id: 12 });
    expect(team).toEqual(responseExample('getTeamByIdV2'));
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.teams.get({ team_id: 12 }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});
