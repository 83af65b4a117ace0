import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('listChannelsV1', () => {
  it('returns every channel', async () => {
    const { client, statuses } = contractClient();
    const result = await client.channels.listV1();
    expect(result).toEqual(responseExample('listChannelsV1'));
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
    const page = await client.channels.list({ limit: 2 });
    expect(page).toEqual(responseExample('listChannelsV2', 200, 'firstPage'));
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
      external_member_id: 'U4af4980629a1b2c3d4e5f60718293a4b',
    });
    expect(member).toEqual(responseExample('getMemberByExternalId'));
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
    const created = await client.members.create({
      channel_id: 1024,
      channel_member_id: 'U3d04d0fd286a5a75b146462c92b56ea9',
    });
    expect(created).toEqual(responseExample('createChannelMember'));
    expect(statuses).toEqual([200]);
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
    const member = await client.members.get({ channel_id: 1024, member_id: 556677 });
    expect(member).toEqual(responseExample('getMemberById'));
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
    const assignment = await client.members.getAssignment({ channel_id: 1024, member_id: 556677 });
    expect(assignment).toEqual(responseExample('getMemberAssignment'));
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.members.getAssignment({ channel_id: 1024, member_id: 556677 }),
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
      assignment_relationship: { member_id: 556677, user_id: 678 },
    });
    expect(result).toEqual(responseExample('individualAssign'));
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
      member_id: 556677,
      assignment_relationship: { team_id: 12, user_id: 678 },
    });
    expect(result).toEqual(responseExample('manualAssign'));
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
      client.conversations.close({ channel_id: 1024, member_id: 556677, user_id: 678 }),
    ).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
  });

  it('rejects a close without user_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.conversations.close({ channel_id: 1024, member_id: 556677 } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});
