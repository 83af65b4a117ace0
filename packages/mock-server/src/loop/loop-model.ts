import type { ConversationMessage, ConversationParticipant, SenderType } from './conversation.js';

/** A member as the loop needs it: where it writes and whether a person owns its conversation. */
export interface LoopMember {
  readonly id: number;
  readonly channelId: number;
  readonly displayName?: string;
  readonly externalId?: string;
  readonly assignType: string;
  readonly processingState: string;
}

/** Who the conversation goes to on a handover (a user, a team, or both); empty: nobody in particular. */
export interface HandoverTarget {
  readonly userId?: number;
  readonly teamId?: number;
}

/** One organization of the simulator, seen through what the conversation loop reads and writes. */
export interface LoopOrganization {
  readonly uuid: string;
  readonly name: string;
  /** The member of that channel; throws the simulator's not-found error naming the wrong id. */
  member(channelId: number, memberId: number): LoopMember;
  append(memberId: number, speaker: SenderType, text: string): ConversationMessage;
  /** The member's last `limit` messages, oldest first. */
  recent(memberId: number, limit: number): readonly ConversationMessage[];
  /** Users (human agents) by id; unknown ids are left out. */
  users(ids: readonly number[]): readonly ConversationParticipant[];
  /** Hands the conversation to people; returns what changed, for the turn log. */
  handover(memberId: number, target: HandoverTarget): HandoverEffect;
}

/** What a handover changed, as the API shows it afterwards. */
export interface HandoverEffect {
  readonly assignType: string;
  readonly processingState: string;
  readonly userId: number | null;
  readonly teamId: number | null;
}
