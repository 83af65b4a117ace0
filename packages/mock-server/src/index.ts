export { AGENT_DEADLINE_MS, checkAgent } from './checker/check-agent.js';
export { HANDOVER_MARKER } from './checker/evaluate.js';
export { formatReport } from './checker/format-report.js';
export type { AgentReport, CheckAgentOptions, CheckResult } from './checker/types.js';
export type { ApiKeyVerdict, Journal, JournalEntry } from './journal/journal.js';
export { formatJournalLine } from './journal/journal-line.js';
export type { MockServerOptions } from './options.js';
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
  SimulatorError,
  Speaker,
} from './simulator/index.js';
export { checkSeed, seedJsonSchema } from './simulator/seed.js';
export { bundledSpecPath } from './spec/bundled-spec.js';
