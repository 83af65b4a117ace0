import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('getUserByExternalId', () => {
  it('finds a user by external id', async () => {
    const { client, statuses } = contractClient();
    const user = await client.users.getByExternalId({ external_user_id: 'emp-00678' });
    expect(user).toEqual(responseExample('getUserByExternalId'));
    expect(statuses).toEqual([200]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.users.getByExternalId({ external_user_id: 'emp-00678' }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('getUserByIdV1', () => {
  it('returns the user (v1 shape)', async () => {
    const { client, statuses } = contractClient();
    const user = await client.users.getV1({ user_id: 678 });
    expect(user).toEqual(responseExample('getUserByIdV1'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a user id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.users.getV1({ user_id: 'me' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('updateUser', () => {
  it('updates a user', async () => {
    const { client, statuses } = contractClient();
    const user = await client.users.update({ user_id: 678, chat_name: '雅婷（VIP專員）' });
    expect(user).toEqual(responseExample('updateUser'));
    expect(statuses).toEqual([200]);
  });

  it('accepts null for external_user_id, as the reference allows', async () => {
    const { client } = contractClient();
    await expect(
      client.users.update({ user_id: 678, external_user_id: null }),
    ).resolves.toBeDefined();
  });

  it('rejects a name that is not a string with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.users.update({ user_id: 678, name: ['林雅婷'] as never }),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('deleteUser', () => {
  it('deletes a user with 204', async () => {
    const { client, statuses } = contractClient();
    await expect(client.users.delete({ user_id: 678 })).resolves.toBeUndefined();
    expect(statuses).toEqual([204]);
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.users.delete({ user_id: 678 }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});

describeOperation('listUsers', () => {
  it('returns the first page of users', async () => {
    const { client, statuses } = contractClient();
    const page = await client.users.list({ limit: 2 });
    expect(page).toEqual(responseExample('listUsers', 200, 'firstPage'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a limit that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.users.list({ limit: 'all' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('getUserByIdV2', () => {
  it('returns the user (v2 shape)', async () => {
    const { client, statuses } = contractClient();
    const user = await client.users.get({ user_id: 678 });
    expect(user).toEqual(responseExample('getUserByIdV2'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a user id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.users.get({ user_id: 'me' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});
