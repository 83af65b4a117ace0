import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { MemberProfile, MemberRecord, ProcessingState } from './records.js';
import { invalid, notFound } from './simulator-error.js';

/**
 * Members (end customers) per channel, with their tags and conversation state. A member is
 * identified by its channel and its external id (e.g. the LINE user id): creating the same pair
 * twice gives the same member.
 */
export class Members {
  constructor(private readonly core: OrgCore) {}

  get size(): number {
    return this.core.members.size;
  }

  list(): readonly MemberRecord[] {
    return this.core.members.values();
  }

  /** The member, or a `not_found` error naming its id. */
  get(memberId: number): MemberRecord {
    const member = this.core.members.get(memberId);
    if (!member) throw notFound('member', memberId, 'member_id');
    return member;
  }

  /** The member when it belongs to the channel; `not_found` names which id is wrong. */
  inChannel(channelId: number, memberId: number): MemberRecord {
    if (!this.core.channels.has(channelId)) throw notFound('channel', channelId, 'channel_id');
    const member = this.get(memberId);
    if (member.channel_id !== channelId) {
      throw notFound(`member ${memberId} in channel`, channelId, 'member_id');
    }
    return member;
  }

  byExternalId(channelId: number, externalMemberId: string): MemberRecord {
    if (!this.core.channels.has(channelId)) throw notFound('channel', channelId, 'channel_id');
    const id = this.core.memberByExternal.get(channelId, externalMemberId);
    if (id === undefined) {
      throw notFound(
        `member with external_member_id ${JSON.stringify(externalMemberId)} in channel`,
        channelId,
        'external_member_id',
      );
    }
    return this.get(id);
  }

  /**
   * Create or update by external id: returns the existing member of the channel with that
   * external id (its profile updated with `profile`), or a new one.
   */
  upsert(
    channelId: number,
    externalMemberId: string,
    profile: MemberProfile = {},
  ): { member: MemberRecord; created: boolean } {
    if (!this.core.channels.has(channelId)) throw notFound('channel', channelId, 'channel_id');
    const known = this.core.memberByExternal.get(channelId, externalMemberId);
    const now = isoNow(this.core.clock);
    if (known !== undefined) {
      const member = this.get(known);
      Object.assign(member, profile, { updated_at: now });
      return { member, created: false };
    }
    const member: MemberRecord = {
      status: 'follow',
      type: 'line',
      star_mark: false,
      ...profile,
      id: this.core.ids.next('member'),
      channel_id: channelId,
      external_member_id: externalMemberId,
      assign_type: 'unassigned',
      processing_state: 'new',
      assigned_user_id: null,
      assigned_team_id: null,
      collaborator_ids: [],
      tag_ids: [],
      created_at: now,
      updated_at: now,
    };
    this.insert(member);
    return { member, created: true };
  }

  /** Stores a complete record (seeds and snapshots); the caller has checked its references. */
  insert(member: MemberRecord): void {
    this.core.members.set(member);
    this.core.ids.reserve('member', member.id);
    this.core.memberByExternal.set(member.channel_id, member.external_member_id, member.id);
    for (const tagId of member.tag_ids) {
      this.core.tagUsage.set(tagId, (this.core.tagUsage.get(tagId) ?? 0) + 1);
    }
  }

  setProcessingState(memberId: number, state: ProcessingState): MemberRecord {
    const member = this.get(memberId);
    member.processing_state = state;
    member.updated_at = isoNow(this.core.clock);
    return member;
  }

  /** Close Conversation: the member's processing state becomes `resolved`. */
  closeConversation(memberId: number, byUserId: number): MemberRecord {
    const member = this.get(memberId);
    if (!this.core.users.has(byUserId)) throw invalid(`user ${byUserId} does not exist`, 'user_id');
    return this.setProcessingState(member.id, 'resolved');
  }

  tagIds(memberId: number): readonly number[] {
    return this.get(memberId).tag_ids;
  }

  /** Adds a tag to the member; adding a tag it already carries changes nothing. */
  addTag(memberId: number, tagId: number): void {
    const member = this.get(memberId);
    if (!this.core.tags.has(tagId)) throw notFound('tag', tagId, 'tag_id');
    if (member.tag_ids.includes(tagId)) return;
    member.tag_ids.push(tagId);
    this.core.tagUsage.set(tagId, (this.core.tagUsage.get(tagId) ?? 0) + 1);
  }

  /** Removes a tag from the member; `not_found` when the member does not carry it. */
  removeTag(memberId: number, tagId: number): void {
    const member = this.get(memberId);
    const at = member.tag_ids.indexOf(tagId);
    if (at < 0) throw notFound(`tag ${tagId} on member`, memberId, 'tag_id');
    member.tag_ids.splice(at, 1);
    this.core.tagUsage.set(tagId, (this.core.tagUsage.get(tagId) ?? 1) - 1);
  }
}
