import type { Clock } from './clock.js';
import { ExternalIds } from './external-ids.js';
import type { IdSequences } from './id-sequence.js';
import { OrderedStore } from './ordered-store.js';
import type {
  BackupRecord,
  ChannelRecord,
  MemberRecord,
  MessageRecord,
  OrganizationSettings,
  TagRecord,
  TeamRecord,
  UserRecord,
} from './records.js';

/**
 * The stores and indexes of one organization, shared by its resource modules (tags, members,
 * ...). Only the modules of `model/` touch it; everyone else goes through {@link Organization}.
 */
export class OrgCore {
  readonly channels = new OrderedStore<ChannelRecord>();
  readonly users = new OrderedStore<UserRecord>();
  readonly teams = new OrderedStore<TeamRecord>();
  readonly tags = new OrderedStore<TagRecord>();
  readonly members = new OrderedStore<MemberRecord>();
  readonly backups = new OrderedStore<BackupRecord>();
  /** Each member's conversation, oldest first. */
  readonly messages = new Map<number, MessageRecord[]>();
  /** (channel id, external member id) → member id. */
  readonly memberByExternal = new ExternalIds();
  /** Tag id → how many members carry it. */
  readonly tagUsage = new Map<number, number>();

  /** The organization's UUID (message UUIDs derive from it). */
  orgUuid = '';

  constructor(
    readonly ids: IdSequences,
    readonly clock: Clock,
    readonly settings: OrganizationSettings,
  ) {}

  clear(): void {
    for (const store of [
      this.channels,
      this.users,
      this.teams,
      this.tags,
      this.members,
      this.backups,
    ]) {
      store.clear();
    }
    this.messages.clear();
    this.memberByExternal.clear();
    this.tagUsage.clear();
  }
}
