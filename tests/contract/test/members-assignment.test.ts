import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { EXAMPLE_MODE, MEMBER } from './support/mock-mode.js';
import { expectSpecAnswer } from './support/spec-answers.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('listChannelsV1', () => {
  it('returns every channel', async () => {
    const { client, statuses } = contractClient();
    const result = await client.channels.listV1();
    expectSpecAnswer('listChannelsV1', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('listChannelsV1'));
    else expect(result.channels?.map((c) => c.id)).toEqual([1024, 1025]); // the seed's channels
    expect(result.channels?.length).toBeGreaterThan(0);
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(client.channels.listV1(), CaacAuthenticationError, 401, statuses);
  });
});

describeOperation('listChannelsV2', () => {
  it('returns the first page with a cursor to the next', async () => {
    const { client, statuses } = contractClient();
    // The seed has two channels: a page of one leaves one for the next page.
    const page = await client.channels.list({ limit: EXAMPLE_MODE ? 2 : 1 });
    expectSpecAnswer('listChannelsV2', page);
    if (EXAMPLE_MODE) expect(page).toEqual(responseExample('listChannelsV2', 200, 'firstPage'));
    else expect(page.channels?.map((c) => c.id)).toEqual([1024]);
    expect(page.cursor?.next).toEqual(expect.any(String));
    expect(statuses).toEqual([200]);
  });

  it('rejects a limit above 1000 with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.channels.list({ limit: 5000 }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('getMemberByExternalId', () => {
  it('finds a member by LINE user id', async () => {
    const { client, statuses } = contractClient();
    const member = await client.members.getByExternalId({
      channel_id: 1024,
      external_member_id: MEMBER.externalId,
    });
    expectSpecAnswer('getMemberByExternalId', member);
    if (EXAMPLE_MODE) expect(member).toEqual(responseExample('getMemberByExternalId'));
    else expect(member).toMatchObject({ id: MEMBER.id, external_member_id: MEMBER.externalId });
    expect(statuses).toEqual([200]);
  });

  it('rejects a lookup without external_member_id with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.members.getByExternalId({ channel_id: 1024 } as never),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('createChannelMember', () => {
  it('creates a member from a LINE user id and returns its member id', async () => {
    const { client, statuses } = contractClient();
    const input = { channel_id: 1024, channel_member_id: 'U3d04d0fd286a5a75b146462c92b56ea9' };
    const created = await client.members.create(input);
    expectSpecAnswer('createChannelMember', created);
    if (EXAMPLE_MODE) expect(created).toEqual(responseExample('createChannelMember'));
    else {
      // Create or update by external id: the same LINE user id gives the same member.
      expect(await client.members.create(input)).toEqual(created);
      const found = await client.members.getByExternalId({
        channel_id: 1024,
        external_member_id: input.channel_member_id,
      });
      expect(found.id).toBe(created.member_id);
    }
    expect(statuses).toEqual(EXAMPLE_MODE ? [200] : [200, 200, 200]);
  });

  it('rejects a body without channel_member_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.members.create({ channel_id: 1024 } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('getMemberById', () => {
  it('returns the member detail', async () => {
    const { client, statuses } = contractClient();
    const member = await client.members.get({ channel_id: 1024, member_id: MEMBER.id });
    expectSpecAnswer('getMemberById', member);
    if (EXAMPLE_MODE) expect(member).toEqual(responseExample('getMemberById'));
    else expect(member).toMatchObject({ id: MEMBER.id, assign_type: 'unassigned' });
    expect(statuses).toEqual([200]);
  });

  it('rejects a member id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.members.get({ channel_id: 1024, member_id: 'U123' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('getMemberAssignment', () => {
  it('returns who the member is assigned to', async () => {
    const { client, statuses } = contractClient();
    // The seed's member is unassigned: assign it first (the example mode ignores the write).
    await client.assignments.manual({
      org_id: 42,
      channel_id: 1024,
      member_id: MEMBER.id,
      assignment_relationship: { team_id: 12, user_id: 678 },
    });
    const assignment = await client.members.getAssignment({
      channel_id: 1024,
      member_id: MEMBER.id,
    });
    expectSpecAnswer('getMemberAssignment', assignment);
    if (EXAMPLE_MODE) expect(assignment).toEqual(responseExample('getMemberAssignment'));
    else {
      expect(assignment).toMatchObject({
        assign_type: 'manual',
        assignment_relationship: { member_id: MEMBER.id, user_id: 678, team_id: 12 },
      });
    }
    expect(statuses).toEqual([200, 200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.members.getAssignment({ channel_id: 1024, member_id: MEMBER.id }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('individualAssign', () => {
  it('assigns a member to one user', async () => {
    const { client, statuses } = contractClient();
    const result = await client.assignments.individual({
      org_id: 42,
      channel_id: 1024,
      assignment_relationship: { member_id: MEMBER.id, user_id: 678 },
    });
    expectSpecAnswer('individualAssign', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('individualAssign'));
    else {
      expect(result).toMatchObject({
        assign_type: 'individual',
        assignment_relationship: { member_id: MEMBER.id, user_id: 678 },
      });
    }
    expect(statuses).toEqual([200]);
  });

  it('rejects a channel id that is not an integer with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.assignments.individual({ channel_id: 'line-main' as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('manualAssign', () => {
  it('assigns a member to a team and user', async () => {
    const { client, statuses } = contractClient();
    const result = await client.assignments.manual({
      org_id: 42,
      channel_id: 1024,
      member_id: MEMBER.id,
      assignment_relationship: { team_id: 12, user_id: 678 },
    });
    expectSpecAnswer('manualAssign', result);
    if (EXAMPLE_MODE) expect(result).toEqual(responseExample('manualAssign'));
    else {
      expect(result).toMatchObject({
        assign_type: 'manual',
        assignment_relationship: { member_id: MEMBER.id, user_id: 678, team_id: 12 },
      });
    }
    expect(statuses).toEqual([200]);
  });

  it('rejects a member id that is not an integer with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.assignments.manual({ member_id: 'U123' as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('closeConversation', () => {
  it('closes the conversation and answers 204 with no body', async () => {
    const { client, statuses } = contractClient();
    await expect(
      client.conversations.close({ channel_id: 1024, member_id: MEMBER.id, user_id: 678 }),
    ).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
    if (!EXAMPLE_MODE) {
      const member = await client.members.get({ channel_id: 1024, member_id: MEMBER.id });
      expect(member.processing_state).toBe('resolved');
    }
  });

  it('rejects a close without user_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.conversations.close({ channel_id: 1024, member_id: MEMBER.id } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});
