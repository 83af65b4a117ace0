import type { AgentExchange } from './call-agent.js';
import type { ConversationMessage } from './conversation.js';
import type { HandoverEffect } from './loop-model.js';
import type { TurnOutcome } from './turn-outcome.js';

/** One agent turn of a conversation: the call, its outcome and what it changed. */
export interface Turn {
  /** Increasing per simulator, from 1. */
  readonly id: number;
  readonly tenant: string;
  readonly channelId: number;
  readonly memberId: number;
  /** uuids of the member messages this turn answers (several when they arrived during a turn). */
  readonly answers: readonly string[];
  readonly exchange: AgentExchange;
  readonly outcome: TurnOutcome;
  /** The bot's message stored on the conversation (reply, or handover text without the marker). */
  readonly botMessage?: ConversationMessage;
  /** Set when the turn handed the conversation over. */
  readonly handover?: HandoverEffect;
}

/** What became of a member's message: the turn that answered it, or why none ran. */
export type TurnResult =
  | { readonly kind: 'turn'; readonly turn: Turn }
  | { readonly kind: 'skipped'; readonly reason: string };
