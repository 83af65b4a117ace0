import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { BackupRecord } from './records.js';
import { invalid, notFound } from './simulator-error.js';

export interface BackupRequest {
  readonly startedAt: string;
  readonly endedAt: string;
  readonly channelId?: number;
  readonly memberId?: number;
}

/**
 * Message backups. A new backup is `initiated`; each read moves it on (`processing`, then
 * `completed` with a `download_url`) once the organization's `backupReadsToComplete` reads or
 * `backupMsToComplete` milliseconds have passed, whichever comes first.
 */
export class Backups {
  constructor(
    private readonly core: OrgCore,
    private readonly downloadBase: () => string,
  ) {}

  trigger(request: BackupRequest): BackupRecord {
    if (Number.isNaN(Date.parse(request.startedAt))) {
      throw invalid(
        `started_at ${JSON.stringify(request.startedAt)} is not a date-time`,
        'started_at',
      );
    }
    if (Number.isNaN(Date.parse(request.endedAt))) {
      throw invalid(`ended_at ${JSON.stringify(request.endedAt)} is not a date-time`, 'ended_at');
    }
    if (Date.parse(request.endedAt) < Date.parse(request.startedAt)) {
      throw invalid(
        `ended_at ${request.endedAt} is before started_at ${request.startedAt}`,
        'ended_at',
      );
    }
    if (request.channelId !== undefined && !this.core.channels.has(request.channelId)) {
      throw invalid(`channel ${request.channelId} does not exist`, 'channel_id');
    }
    if (request.memberId !== undefined && !this.core.members.has(request.memberId)) {
      throw invalid(`member ${request.memberId} does not exist`, 'member_id');
    }
    const backup: BackupRecord = {
      id: this.core.ids.next('backup'),
      started_at: request.startedAt,
      ended_at: request.endedAt,
      created_at: isoNow(this.core.clock),
      state: 'initiated',
      reads: 0,
      ...(request.channelId === undefined ? {} : { channel_id: request.channelId }),
      ...(request.memberId === undefined ? {} : { member_id: request.memberId }),
    };
    this.core.backups.set(backup);
    return backup;
  }

  /** Reads a backup as Get Backup Detail does: the read itself moves the progress on. */
  read(backupId: number): BackupRecord {
    const backup = this.peek(backupId);
    backup.reads += 1;
    this.#advance(backup);
    return backup;
  }

  /** The backup without counting a read. */
  peek(backupId: number): BackupRecord {
    const backup = this.core.backups.get(backupId);
    if (!backup) throw notFound('backup', backupId, 'backup_id');
    return backup;
  }

  list(): readonly BackupRecord[] {
    return this.core.backups.values();
  }

  #advance(backup: BackupRecord): void {
    if (backup.state === 'completed' || backup.state === 'failed') return;
    const { backupReadsToComplete, backupMsToComplete } = this.core.settings;
    const byReads = backupReadsToComplete > 0 && backup.reads >= backupReadsToComplete;
    const byTime =
      backupMsToComplete > 0 &&
      this.core.clock.now() - Date.parse(backup.created_at) >= backupMsToComplete;
    if (byReads || byTime) {
      backup.state = 'completed';
      backup.download_url = `${this.downloadBase()}/backups/${backup.id}.zip`;
    } else if (backup.reads > 1) {
      backup.state = 'processing';
    }
  }
}
