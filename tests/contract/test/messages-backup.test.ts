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

describeOperation('getBackupDetail', () => {
  it('returns the backup: the documented one, or the one just triggered', async () => {
    const { client, statuses } = contractClient();
    // The simulator's seed has no backup: trigger one first (the example mode answers 3052).
    const { backup_id } = await client.backups.trigger({
      channel_id: 1024,
      started_at: '2025-10-01T00:00:00+08:00',
      ended_at: '2025-10-31T23:59:59+08:00',
    });
    expect(backup_id).toEqual(expect.any(Number));
    const backup = await client.backups.get({ backup_id: EXAMPLE_MODE ? 3051 : Number(backup_id) });
    expectSpecAnswer('getBackupDetail', backup);
    if (EXAMPLE_MODE) expect(backup).toEqual(responseExample('getBackupDetail'));
    else expect(backup).toMatchObject({ backup_id, state: 'initiated' });
    expect(statuses).toEqual([200, 200]);
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
    expectSpecAnswer('triggerMessagesBackup', started);
    if (EXAMPLE_MODE) expect(started).toEqual(responseExample('triggerMessagesBackup'));
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
      member_id: MEMBER.id,
      user_id: 678,
      type: 'text',
      text: '您好，我們週末照常營業，歡迎來店！',
    });
    expectSpecAnswer('createMessageFromUser', message);
    if (EXAMPLE_MODE) expect(message).toEqual(responseExample('createMessageFromUser'));
    else
      expect(message).toMatchObject({
        id: expect.any(Number),
        text: '您好，我們週末照常營業，歡迎來店！',
      });
    expect(statuses).toEqual([200]);
  });

  it('rejects a message without user_id with CaacUnprocessableEntityError', async () => {
    const { client, statuses } = contractClient();
    await expectRejection(
      client.messages.createFromUser({
        channel_id: 1024,
        member_id: MEMBER.id,
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
        member_id: MEMBER.id,
        user_id: 678,
        type: 'text',
      }),
      CaacAuthenticationError,
      401,
      statuses,
    );
  });
});
