import type { OperationHandlers } from './types.js';

export const backupOperations = {
  triggerMessagesBackup: ({ org }, { body }) => {
    const backup = org.backups.trigger({
      startedAt: body.started_at,
      endedAt: body.ended_at,
      ...(body.channel_id === undefined ? {} : { channelId: body.channel_id }),
      ...(body.member_id === undefined ? {} : { memberId: body.member_id }),
    });
    return { status: 200, body: { backup_id: backup.id } };
  },
  getBackupDetail: ({ org }, { path }) => {
    const backup = org.backups.read(path.backup_id);
    return {
      status: 200,
      body: {
        backup_id: backup.id,
        created_at: backup.created_at,
        state: backup.state,
        ...(backup.download_url === undefined ? {} : { download_url: backup.download_url }),
      },
    };
  },
} satisfies Partial<OperationHandlers>;
