// CAAC's deadline and handover marker, under the names @caac/ai-agent-types gives them.
export { CAAC_DEADLINE_MS, HUMAN_HANDOVER } from '@caac/ai-agent-types';
export {
  checkAgent,
  DEFAULT_MAX_ANSWER_BYTES,
  MAX_ANSWER_BYTES_LIMIT,
} from './checker/check-agent.js';
export { LINE_TEXT_LIMIT } from './checker/evaluate.js';
export {
  formatPlan,
  formatReport,
  formatResultRow,
  formatSummary,
} from './checker/format-report.js';
export type { AgentReport, CheckAgentOptions, CheckPlan, CheckResult } from './checker/types.js';
export {
  CaacMockConfigError,
  CaacMockError,
  CaacMockInputError,
  CaacMockListenError,
  CaacMockSeedError,
  CaacMockSpecError,
  CaacMockStateError,
} from './errors.js';
export type { ApiKeyVerdict, Journal, JournalEntry } from './journal/journal.js';
export { formatJournalLine } from './journal/journal-line.js';
export type { CaacMockLogger } from './log/mock-logger.js';
export type { AgentConfig, AgentView } from './loop/agent-config.js';
export type { AgentExchange } from './loop/call-agent.js';
export { MAX_ANSWER_BYTES } from './loop/call-agent.js';
export type { ConversationMessage } from './loop/conversation.js';
export type { MemberSaysResult } from './loop/conversation-loop.js';
export { LOOP_PREFIX } from './loop/http/loop-routes.js';
export type { LoopEvent } from './loop/loop-events.js';
export type { MemberSaysInput, TenantRef } from './loop/loop-host.js';
export type { HandoverEffect, HandoverTarget } from './loop/loop-model.js';
export type { Turn, TurnResult } from './loop/turn.js';
export type { FailureReason, TurnOutcome } from './loop/turn-outcome.js';
export type { MockServerOptions } from './options.js';
export { PLAYGROUND_PATH } from './playground/serve-playground.js';
export type { Violation } from './prism/violations.js';
export { API_KEYS_ENV } from './scenario/api-keys.js';
export { DELAY_HEADER, FAULT_HEADER, MAX_DELAY_MS } from './scenario/faults.js';
export { type MockServer, startMockServer } from './server.js';
export { CONTROL_PREFIX } from './simulator/control-plane.js';
export type {
  Assignment,
  MessageRecord,
  NewMessage,
  Organization,
  OrganizationSeed,
  OrganizationSettings,
  OrganizationState,
  Speaker,
} from './simulator/index.js';
export { CaacMockSimulatorError } from './simulator/index.js';
export { checkSeed, seedJsonSchema } from './simulator/seed.js';
export { bundledSpecPath } from './spec/bundled-spec.js';
