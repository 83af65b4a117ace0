// Web-standard entry: no `node:` imports, so it runs on Node, Deno, Bun and edge runtimes.
// The node:http adapter lives in `@caac/ai-agent/node`.

export {
  CAAC_DEADLINE_MS,
  HUMAN_HANDOVER,
  isHandover,
  isHealthCheck,
  type SelfHostedAiAgentMessage,
  type SelfHostedAiAgentParticipant,
  type SelfHostedAiAgentParticipants,
  type SelfHostedAiAgentRequest,
  type SelfHostedAiAgentResponse,
  SUPPORTED_API_VERSION,
  stripHandover,
  type ValidationProblem,
  withHandover,
} from '@caac/ai-agent-types';
export type { AiAgentErrorBody } from './answers.js';
export {
  CaacAgentConfigError,
  CaacAgentDeadlineError,
  CaacAgentError,
  CaacAgentIntegrationError,
  CaacAgentInvalidReplyError,
} from './errors.js';
export { type AiAgentHandler, createAiAgentHandler } from './handler.js';
export {
  type AiAgentErrorContext,
  type AiAgentErrorReason,
  type AiAgentHandlerOptions,
  type AiAgentLogger,
  type AiAgentReply,
  DEFAULT_DEADLINE_MS,
  DEFAULT_FALLBACK_REPLY,
  DEFAULT_MAX_BODY_BYTES,
  type ReplyContext,
  type ReplyFunction,
} from './options.js';
