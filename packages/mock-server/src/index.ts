export {
  AGENT_DEADLINE_MS,
  checkAgent,
  DEFAULT_MAX_ANSWER_BYTES,
  MAX_ANSWER_BYTES_LIMIT,
} from './checker/check-agent.js';
export { HANDOVER_MARKER, LINE_TEXT_LIMIT } from './checker/evaluate.js';
export {
  formatPlan,
  formatReport,
  formatResultRow,
  formatSummary,
} from './checker/format-report.js';
export type { AgentReport, CheckAgentOptions, CheckPlan, CheckResult } from './checker/types.js';
export type { ApiKeyVerdict, Journal, JournalEntry } from './journal/journal.js';
export { formatJournalLine } from './journal/journal-line.js';
export type { MockServerOptions } from './options.js';
export type { Violation } from './prism/violations.js';
export { API_KEYS_ENV } from './scenario/api-keys.js';
export { DELAY_HEADER, FAULT_HEADER, MAX_DELAY_MS } from './scenario/faults.js';
export { type MockServer, startMockServer } from './server.js';
export { bundledSpecPath } from './spec/bundled-spec.js';
