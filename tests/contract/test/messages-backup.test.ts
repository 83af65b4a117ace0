import {
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacUnprocessableEntityError,
} from '@caac/client';
import { expect, it } from 'vitest';
import { contractClient } from './support/contract-client.js';
import { describeOperation, expectRejection } from './support/describe-operation.js';
import { responseExample } from './support/spec-examples.js';

describeOperation('getBackupDetail', () => {
  it('returns the documented backup', async () => {
    const { client, statuses } = contractClient();
    expect(await client.backups.get({ backup_id: 3051 })).toEqual(
      responseExample('getBackupDetail'),
    );
    expect(statuses).toEqual([200]);
  });

  it('rejects a backup id that is not an integer with CaacBadRequestError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.backups.get({ backup_id: 'latest' as never }),
      CaacBadRequestError,
      400,
      statuses,
    );
  });
});

describeOperation('triggerMessagesBackup', () => {
  it('starts a backup and returns its id', async () => {
    const { client, statuses } = contractClient();
    const started = await client.backups.trigger({
      channel_id: 1024,
      started_at: '2025-10-01T00:00:00+08:00',
      ended_at: '2025-10-31T23:59:59+08:00',
    });
    expect(started).toEqual(responseExample('triggerMessagesBackup'));
    expect(typeof started.backup_id).toBe('number');
    expect(statuses).toEqual([200]);
  });

  it('rejects a request without the required ended_at with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.backups.trigger({ started_at: '2025-10-01T00:00:00Z' } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });
});

describeOperation('createMessageFromUser', () => {
  it('creates a text message from a user', async () => {
    const { client, statuses } = contractClient();
    const message = await client.messages.createFromUser({
      channel_id: 1024,
      member_id: 556677,
      user_id: 678,
      type: 'text',
      text: '您好，我們週末照常營業，歡迎來店！',
    });
    expect(message).toEqual(responseExample('createMessageFromUser'));
    expect(statuses).toEqual([200]);
  });

  it('rejects a message without user_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.messages.createFromUser({
        channel_id: 1024,
        member_id: 556677,
        type: 'text',
      } as never),
      CaacUnprocessableEntityError,
      422,
      statuses,
    );
  });

  it('rejects an unknown API key with CaacAuthenticationError', async () => {
    const { client, statuses } = contractClient({ apiKey: 'not-a-caac-key' });
    await expectRejection(
      client.messages.createFromUser({
        channel_id: 1024,
        member_id: 556677,
        user_id: 678,
        type: 'text',
      }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});
