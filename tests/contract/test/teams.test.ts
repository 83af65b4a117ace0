import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacNotFoundError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { EXAMPLE_MODE } from './support/mock-mode.js';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('getTeamByExternalId', () => {
  it('finds a team by its external id', async () => {
    const { client, statuses } = contractClient();
    const team = await client.teams.getByExternalId({ external_team_id: 'crm-team-vip' });
    expectSpecAnswer('getTeamByExternalId', team);
    if (EXAMPLE_MODE) expect(team).toEqual(responseExample('getTeamByExternalId'));
    else expect(team).toMatchObject({ id: 12, external_team_id: 'crm-team-vip' });
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
    // A name the seed does not have yet: team names are unique in the simulator.
    const team = await client.teams.create({ name: '台中門市支援', routing_rule: 'by-queue' });
    expectSpecAnswer('createTeam', team);
    if (EXAMPLE_MODE) expect(team).toEqual(responseExample('createTeam'));
    else expect(team).toMatchObject({ id: expect.any(Number), name: '台中門市支援' });
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
    expectSpecAnswer('getTeamByIdV1', team);
    if (EXAMPLE_MODE) expect(team).toEqual(responseExample('getTeamByIdV1'));
    else expect(team).toMatchObject({ id: 12, name: 'VIP客服組' });
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
    expectSpecAnswer('updateTeam', team);
    if (EXAMPLE_MODE) expect(team).toEqual(responseExample('updateTeam'));
    else expect(team).toMatchObject({ id: 12, description: '負責 VIP 與年度會員的一對一專屬服務' });
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
    if (!EXAMPLE_MODE) {
      const after = contractClient();
      await expectRejection(
        after.client.teams.get({ team_id: 12 }),
        CaacNotFoundError,
        404,
        after.statuses,
      );
    }
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
    expectSpecAnswer('addTeamUsers', users);
    if (EXAMPLE_MODE) expect(users).toEqual(responseExample('addTeamUsers'));
    else expect(users.map((u) => u.id)).toEqual([678, 702]);
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
    if (!EXAMPLE_MODE) {
      // The user has left the team: removing it again finds nothing to remove.
      const again = contractClient();
      await expectRejection(
        again.client.teams.removeUser({ team_id: 12, user_id: 678 }),
        CaacNotFoundError,
        404,
        again.statuses,
      );
    }
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
    expectSpecAnswer('listTeams', page);
    if (EXAMPLE_MODE) expect(page).toEqual(responseExample('listTeams', 200, 'firstPage'));
    else expect(page.teams?.map((t) => t.id)).toEqual([12, 15]); // the seed's two teams
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
    expectSpecAnswer('getTeamByIdV2', team);
    if (EXAMPLE_MODE) expect(team).toEqual(responseExample('getTeamByIdV2'));
    else expect(team).toMatchObject({ id: 12, name: 'VIP客服組' });
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
