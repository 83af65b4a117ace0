// CAAC's deadline and handover marker, under the names @caac/ai-agent-types gives them.
export { CAAC_DEADLINE_MS, HUMAN_HANDOVER } from '@caac/ai-agent-types';
export { checkAgent } from './checker/check-agent.js';
export { formatReport } from './checker/format-report.js';
export type { AgentReport, CheckAgentOptions, CheckResult } from './checker/types.js';
export type { ApiKeyVerdict, Journal, JournalEntry } from './journal/journal.js';
export { formatJournalLine } from './journal/journal-line.js';
export type { MockServerOptions } from './options.js';
export type { Violation } from './prism/violations.js';
export { API_KEYS_ENV } from './scenario/api-keys.js';
export { DELAY_HEADER, FAULT_HEADER, MAX_DELAY_MS } from './scenario/faults.js';
export { type MockServer, startMockServer } from './server.js';
export { bundledSpecPath } from './spec/bundled-spec.js';
