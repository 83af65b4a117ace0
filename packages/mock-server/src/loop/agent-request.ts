import { type SelfHostedAiAgentRequest, SUPPORTED_API_VERSION } from '@caac/ai-agent-types';
import type { AgentSettings } from './agent-config.js';
import type { ConversationParticipant, ConversationView } from './conversation.js';

/**
 * The body CAAC POSTs to the agent for one turn: `version` 1.0, the conversation's latest
 * `historyLimit` messages (oldest first, with speakers and timestamps), the participants who
 * wrote them or own the conversation, its ids, and the tenant's prompt when one is set.
 *
 * @example
 * const body = buildAgentRequest(conversation, agent);
 * body.messages.at(-1)?.sender_type; // 'member'
 */
export function buildAgentRequest(
  conversation: ConversationView,
  agent: Pick<AgentSettings, 'prompt' | 'historyLimit'>,
): SelfHostedAiAgentRequest {
  const window = conversation.messages.slice(-agent.historyLimit);
  return {
    version: SUPPORTED_API_VERSION,
    conversation_id: conversation.conversationId,
    org_uuid: conversation.orgUuid,
    messages: window.map((message) => ({
      message_uuid: message.uuid,
      message_type: message.messageType,
      sender_type: message.senderType,
      sender_id: message.senderId,
      ...(message.text === undefined ? {} : { text: message.text }),
      timestamp: message.timestamp,
    })),
    participants: {
      members: conversation.members.map(participant),
      users: conversation.users.map(participant),
    },
    ...(agent.prompt === undefined ? {} : { prompt: agent.prompt }),
  };
}

function participant(who: ConversationParticipant) {
  return {
    id: who.id,
    ...(who.displayName === undefined ? {} : { display_name: who.displayName }),
    ...(who.externalId === undefined ? {} : { external_id: who.externalId }),
  };
}
