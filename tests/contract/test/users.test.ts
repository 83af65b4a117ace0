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

describeOperation('getUserByExternalId', () => {
  it('finds a user by external id', async () => {
    const { client, statuses } = contractClient();
    const user = await client.users.getByExternalId({ external_user_id: 'emp-00678' });
    expectSpecAnswer('getUserByExternalId', user);
    if (EXAMPLE_MODE) expect(user).toEqual(responseExample('getUserByExternalId'));
    else expect(user).toMatchObject({ id: 678, external_user_id: 'emp-00678' });
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
    expectSpecAnswer('getUserByIdV1', user);
    if (EXAMPLE_MODE) expect(user).toEqual(responseExample('getUserByIdV1'));
    else expect(user).toMatchObject({ id: 678, name: '林雅婷' });
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
    expectSpecAnswer('updateUser', user);
    if (EXAMPLE_MODE) expect(user).toEqual(responseExample('updateUser'));
    else {
      expect(user).toMatchObject({ id: 678, chat_name: '雅婷（VIP專員）' });
      expect(await client.users.get({ user_id: 678 })).toMatchObject({
        chat_name: '雅婷（VIP專員）',
      });
    }
    expect(statuses).toEqual(EXAMPLE_MODE ? [200] : [200, 200]);
  });

  it('accepts null for external_user_id, as the reference allows', async () => {
    const { client } = contractClient();
    const user = await client.users.update({ user_id: 678, external_user_id: null });
    expectSpecAnswer('updateUser', user);
    if (!EXAMPLE_MODE) expect(user.external_user_id ?? null).toBeNull();
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
    if (!EXAMPLE_MODE) {
      const after = contractClient();
      await expectRejection(
        after.client.users.get({ user_id: 678 }),
        CaacNotFoundError,
        404,
        after.statuses,
      );
    }
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
    expectSpecAnswer('listUsers', page);
    if (EXAMPLE_MODE) expect(page).toEqual(responseExample('listUsers', 200, 'firstPage'));
    else expect(page.users?.map((u) => u.id)).toEqual([678, 702]); // the seed has a third
    expect(page.cursor?.next).toEqual(expect.any(String));
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
    expectSpecAnswer('getUserByIdV2', user);
    if (EXAMPLE_MODE) expect(user).toEqual(responseExample('getUserByIdV2'));
    else expect(user).toMatchObject({ id: 678, external_user_id: 'emp-00678' });
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
