// Readable names for the generated types. The generated module keeps openapi-typescript's shape
// (`components['schemas'][...]`); partners should never have to spell that out.
import type { components } from './generated/ai-agent.js';

type Schemas = components['schemas'];

/**
 * What CAAC POSTs to your agent: the recent conversation, its participants and an optional prompt.
 *
 * @example
 * const request: SelfHostedAiAgentRequest = {
 *   conversation_id: 98765,
 *   org_uuid: '123e4567-e89b-12d3-a456-426614174000',
 *   messages: [],
 *   participants: { members: [], users: [] },
 *   version: '1.0',
 * };
 */
export type SelfHostedAiAgentRequest = Schemas['SelfHostedAiAgentRequest'];

/** One message of the conversation. `sender_type` is `member` (end customer), `user` (human agent) or `bot`. */
export type SelfHostedAiAgentMessage = Schemas['SelfHostedAiAgentMessage'];

/** Everyone in the conversation: `members` are end customers, `users` are human agents. */
export type SelfHostedAiAgentParticipants = Schemas['SelfHostedAiAgentParticipants'];

/** One participant; `id` matches `sender_id` on that participant's messages. */
export type SelfHostedAiAgentParticipant = Schemas['SelfHostedAiAgentParticipant'];

/**
 * What your agent answers. Include `<HUMAN_HANDOVER>` in `reply_text` to hand over to a person.
 *
 * @example
 * const response: SelfHostedAiAgentResponse = { reply_text: 'Hello! How can I help?' };
 */
export type SelfHostedAiAgentResponse = Schemas['SelfHostedAiAgentResponse'];
