/** Why a turn failed; the README's "Conversation loop" section says what the loop does for each. */
export type FailureReason =
  | 'timeout'
  | 'unreachable'
  | 'error-status'
  | 'answer-too-large'
  | 'invalid-json'
  | 'missing-reply-text'
  | 'empty-reply-text'
  | 'invalid-request';

/**
 * What one agent call led to:
 * - `reply`: `text` was stored as the bot's message;
 * - `handover`: the agent asked for a person; `text` is the reply without the marker (stored when
 *   not empty) and the conversation was handed over;
 * - `failed`: nothing was stored for the member; `reason` and `detail` say why.
 */
export type TurnOutcome =
  | { readonly kind: 'reply'; readonly text: string }
  | { readonly kind: 'handover'; readonly text: string }
  | { readonly kind: 'failed'; readonly reason: FailureReason; readonly detail: string };
