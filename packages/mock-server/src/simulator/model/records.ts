/**
 * The records an organization stores, in the plain-JSON shape that snapshots, seeds and the
 * state file use. Field names follow the spec's response fields, so answers are projections.
 */

/** How a member is assigned: `individual` (Individual Assign), `manual` (Manual Assign), or not. */
export type AssignType = 'individual' | 'manual' | 'unassigned';

/**
 * Where a member's conversation stands: `new` (nobody has answered yet), `processing` (a human or
 * the bot is on it), `resolved` (closed with Close Conversation). A new member message reopens a
 * resolved conversation as `new`.
 */
export type ProcessingState = 'new' | 'processing' | 'resolved';

/** Who wrote a message: the member (end customer), a user (human agent) or the bot (AI agent). */
export type Speaker = 'member' | 'user' | 'bot';

export interface ChannelRecord {
  readonly id: number;
  name: string;
  type: string;
  external_channel_id: string;
}

export interface UserRecord {
  readonly id: number;
  name: string;
  chat_name?: string;
  email?: string;
  avatar?: string;
  mobile?: string;
  external_user_id?: string | null;
  role_id?: number;
  role_name?: string;
  role_type?: string;
  status?: string;
  on_duty_status?: string;
  is_internal_user?: boolean;
  type?: string;
  inviter_id?: number;
  created_at: string;
}

export interface TeamRecord {
  readonly id: number;
  name: string;
  description?: string;
  external_team_id?: string;
  routing_rule: 'by-queue' | 'by-round-robin' | 'manual';
  editable: boolean;
  /** Users of the team, in the order they joined. */
  user_ids: number[];
}

export interface TagRecord {
  readonly id: number;
  name: string;
  created_at: string;
  updated_at: string;
}

/** Optional profile fields of a member, as Get Member shows them. */
export interface MemberProfile {
  display_name?: string;
  name?: string;
  original_name?: string;
  avatar?: string;
  email?: string;
  mobile?: string;
  gender?: string;
  birthday?: string;
  city?: string;
  country?: string;
  location?: string;
  company?: string;
  customer_id?: string;
  custom_id?: string;
  connect_id?: string;
  member_level?: string;
  engagement_level?: string;
  account_manager?: string;
  note?: string;
  status?: string;
  type?: string;
  star_mark?: boolean;
}

export interface MemberRecord extends MemberProfile {
  readonly id: number;
  readonly channel_id: number;
  readonly external_member_id: string;
  assign_type: AssignType;
  processing_state: ProcessingState;
  /** The assigned user; null when none. */
  assigned_user_id: number | null;
  /** The assigned team (Manual Assign only); null when none. */
  assigned_team_id: number | null;
  /** Collaborators (users), in the order they became one. The API has no field for them. */
  collaborator_ids: number[];
  /** The member's tags, in the order they were added. */
  tag_ids: number[];
  created_at: string;
  updated_at: string;
  /** Time of the conversation's last message, from anyone. */
  last_message_at?: string;
  /** Time of the last message the member sent. */
  last_member_message_send?: string;
}

export interface MessageRecord {
  readonly id: number;
  /** Stable UUID, the `message_uuid` the AI agent sees. */
  readonly uuid: string;
  readonly member_id: number;
  readonly sender_type: Speaker;
  /** Member id, user id, or 0 for the bot. */
  readonly sender_id: number;
  readonly type: string;
  readonly text?: string;
  readonly created_at: string;
  readonly external_id?: string;
  readonly origin_url?: string;
  readonly preview_url?: string;
  readonly line_flex_content?: string;
  readonly reply_to?: number;
  readonly metadata?: Record<string, unknown>;
}

export type BackupState = 'initiated' | 'processing' | 'completed' | 'failed';

export interface BackupRecord {
  readonly id: number;
  readonly channel_id?: number;
  readonly member_id?: number;
  readonly started_at: string;
  readonly ended_at: string;
  readonly created_at: string;
  state: BackupState;
  /** How often Get Backup Detail has read it (progress by reads). */
  reads: number;
  download_url?: string;
}

/** Settings of the organization that change how the simulator behaves. */
export interface OrganizationSettings {
  /** The Collaborator feature of the org's plan (assignment side effects). Default true. */
  collaborators: boolean;
  /** A backup finishes after this many reads of Get Backup Detail (0: never by reads). */
  backupReadsToComplete: number;
  /** A backup finishes this many milliseconds after it was triggered (0: never by time). */
  backupMsToComplete: number;
}

/** Everything one organization holds: the format of seeds, snapshots and the state file. */
export interface OrganizationState {
  organization: {
    id: number;
    uuid: string;
    name: string;
    settings?: Partial<OrganizationSettings>;
  };
  channels?: ChannelRecord[];
  users?: UserRecord[];
  teams?: TeamRecord[];
  tags?: TagRecord[];
  members?: MemberRecord[];
  messages?: MessageRecord[];
  backups?: BackupRecord[];
  /** The next id of each kind, so ids are not reused after a load. */
  next_ids?: Partial<Record<string, number>>;
}

/**
 * A seed as a user writes it: every record needs only its id and identifying fields, the rest
 * has defaults (see `schema/organization.schema.json`). A snapshot is a valid seed.
 */
export type OrganizationSeed = { readonly [field: string]: unknown };
