import type { JournalEntry } from './journal.js';

/**
 * One concise line for a journal entry, as the CLI prints it. Holds no header values, so no
 * API key can leak into a terminal or a CI log.
 *
 * @example
 * formatJournalLine(entry);
 * // "19:02:11.204  200  GET  /caac/v2/channels?limit=2  3 ms  listChannelsV2"
 */
export function formatJournalLine(entry: JournalEntry): string {
  const time = entry.receivedAt.slice(11, 23);
  const status = entry.outcome === 'answered' ? String(entry.status) : '---';
  const parts = [
    time,
    status,
    entry.method.padEnd(6),
    entry.url,
    `${Math.round(entry.durationMs)} ms`,
  ];
  if (entry.operationId) parts.push(entry.operationId);
  if (entry.outcome !== 'answered') parts.push(entry.outcome);
  if (entry.apiKey === 'missing' || entry.apiKey === 'unknown')
    parts.push(`apikey ${entry.apiKey}`);
  const { scenario } = entry;
  if (scenario.fault) parts.push(`fault ${scenario.fault}`);
  if (scenario.delayMs) parts.push(`delay ${scenario.delayMs} ms`);
  if (scenario.code !== undefined) parts.push(`code=${scenario.code}`);
  if (scenario.example) parts.push(`example=${scenario.example}`);
  const violations = [...entry.violations.request, ...entry.violations.response];
  const first = violations[0];
  if (first) {
    const more = violations.length > 1 ? ` (+${violations.length - 1} more)` : '';
    parts.push(`violation: ${first.location.join('.')}: ${first.message}${more}`);
  }
  return parts.join('  ');
}
