/** Who wrote a message: the end customer (`member`), a human agent (`user`) or the AI agent (`bot`). */
export type SenderType = 'member' | 'user' | 'bot';

/** One stored message of a conversation, as the loop reads it from the simulator. */
export interface ConversationMessage {
  readonly uuid: string;
  readonly senderType: SenderType;
  /** Member id, user id, or 0 for the bot. */
  readonly senderId: number;
  /** `text`, `image`, `sticker`, ... (messages stored through the API may be any type). */
  readonly messageType: string;
  /** Absent for non-text messages. */
  readonly text?: string;
  /** ISO 8601 date-time. */
  readonly timestamp: string;
}

/** One participant of a conversation (`id` matches `senderId`). */
export interface ConversationParticipant {
  readonly id: number;
  readonly displayName?: string;
  readonly externalId?: string;
}

/** What the agent request is built from: the conversation as the simulator stores it. */
export interface ConversationView {
  readonly conversationId: number;
  readonly orgUuid: string;
  /** Oldest first. */
  readonly messages: readonly ConversationMessage[];
  readonly members: readonly ConversationParticipant[];
  readonly users: readonly ConversationParticipant[];
}
