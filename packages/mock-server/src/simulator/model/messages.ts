import { createHash } from 'node:crypto';
import { isoNow } from './clock.js';
import type { OrgCore } from './core.js';
import type { MessageRecord, Speaker } from './records.js';
import { invalid, notFound } from './simulator-error.js';

/** What {@link Messages.append} needs; everything but the speaker is optional. */
export interface NewMessage {
  readonly speaker: Speaker;
  /** Member id (member), user id (user); ignored for the bot (0). Default: the member itself. */
  readonly senderId?: number;
  /** Message type; default `text`. */
  readonly type?: string;
  readonly text?: string;
  readonly externalId?: string;
  readonly originUrl?: string;
  readonly previewUrl?: string;
  readonly lineFlexContent?: string;
  readonly replyTo?: number;
  readonly metadata?: Record<string, unknown>;
  /** A history import: stored without touching the member's conversation state. */
  readonly isHistory?: boolean;
}

/**
 * Each member's conversation: messages in the order they were stored, with speaker and time.
 * A member message reopens a resolved conversation (`processing_state` back to `new`); a user's
 * (human agent's) message puts it in `processing`.
 */
export class Messages {
  constructor(private readonly core: OrgCore) {}

  /** Stores a message on the member's conversation and returns it. */
  append(memberId: number, message: NewMessage): MessageRecord {
    const member = this.core.members.get(memberId);
    if (!member) throw notFound('member', memberId, 'member_id');
    if (message.speaker === 'user' && message.senderId !== undefined) {
      if (!this.core.users.has(message.senderId)) {
        throw invalid(`user ${message.senderId} does not exist`, 'user_id');
      }
    }
    const senderId =
      message.speaker === 'bot'
        ? 0
        : message.speaker === 'member'
          ? memberId
          : (message.senderId ?? 0);
    const now = isoNow(this.core.clock);
    const id = this.core.ids.next('message');
    const record: MessageRecord = {
      id,
      uuid: messageUuid(this.core.orgUuid, id),
      member_id: memberId,
      sender_type: message.speaker,
      sender_id: senderId,
      type: message.type ?? 'text',
      created_at: now,
      ...(message.text === undefined ? {} : { text: message.text }),
      ...(message.externalId === undefined ? {} : { external_id: message.externalId }),
      ...(message.originUrl === undefined ? {} : { origin_url: message.originUrl }),
      ...(message.previewUrl === undefined ? {} : { preview_url: message.previewUrl }),
      ...(message.lineFlexContent === undefined
        ? {}
        : { line_flex_content: message.lineFlexContent }),
      ...(message.replyTo === undefined ? {} : { reply_to: message.replyTo }),
      ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
    };
    this.insert(record);
    if (message.isHistory) return record;
    member.last_message_at = now;
    if (message.speaker === 'user' && member.processing_state !== 'processing') {
      member.processing_state = 'processing';
    }
    if (message.speaker === 'member') {
      member.last_member_message_send = now;
      if (member.processing_state === 'resolved') member.processing_state = 'new';
    }
    return record;
  }

  /** Stores a complete record (seeds and snapshots). */
  insert(record: MessageRecord): void {
    const conversation = this.core.messages.get(record.member_id);
    if (conversation) conversation.push(record);
    else this.core.messages.set(record.member_id, [record]);
    this.core.ids.reserve('message', record.id);
  }

  /** The member's last `limit` messages (default all), oldest first. */
  recent(memberId: number, limit = Number.POSITIVE_INFINITY): readonly MessageRecord[] {
    if (!this.core.members.has(memberId)) throw notFound('member', memberId, 'member_id');
    const conversation = this.core.messages.get(memberId) ?? [];
    return limit >= conversation.length ? [...conversation] : conversation.slice(-limit);
  }

  /** The member's messages sent at or after `sinceIso` (ISO 8601), oldest first. */
  since(memberId: number, sinceIso: string): readonly MessageRecord[] {
    return this.recent(memberId).filter((message) => message.created_at >= sinceIso);
  }

  /** Every stored message, grouped by member (snapshots). */
  all(): MessageRecord[] {
    return [...this.core.messages.values()].flat();
  }
}

/** A UUID derived from the organization and the message id, so the same seed gives the same ids. */
function messageUuid(orgUuid: string, messageId: number): string {
  const hex = createHash('sha256').update(`${orgUuid}/message/${messageId}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
