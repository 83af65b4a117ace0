import type { SelfHostedAiAgentRequest } from './types.js';

/**
 * True for CAAC's health checks: no conversation (`conversation_id` 0 or absent) or no organisation
 * (`org_uuid` empty or absent). Answer them with 200 at once; there is nobody to reply to.
 *
 * Absent counts as empty because CAAC's backend omits zero values from JSON.
 *
 * @example
 * isHealthCheck({ conversation_id: 0, org_uuid: '', messages: [], participants: {}, version: '1.0' }); // true
 */
export function isHealthCheck(
  request: Pick<SelfHostedAiAgentRequest, 'conversation_id' | 'org_uuid'>,
): boolean {
  return !request.conversation_id || !request.org_uuid;
}
