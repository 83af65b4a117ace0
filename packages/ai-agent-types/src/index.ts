export { CAAC_DEADLINE_MS, HUMAN_HANDOVER, SUPPORTED_API_VERSION } from './constants.js';
export { isHandover, stripHandover, withHandover } from './handover.js';
export { isHealthCheck } from './health-check.js';
export type {
  SelfHostedAiAgentMessage,
  SelfHostedAiAgentParticipant,
  SelfHostedAiAgentParticipants,
  SelfHostedAiAgentRequest,
  SelfHostedAiAgentResponse,
} from './types.js';
export {
  formatProblem,
  isValidRequest,
  type ValidationProblem,
  type ValidationResult,
  validateRequest,
} from './validate-request.js';
