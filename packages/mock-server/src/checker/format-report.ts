import type { AgentReport, CheckResult } from './types.js';

/**
 * The report as a plain-text table (check, expected, got, latency, result) followed by one line
 * per failure saying why, and a verdict. Contains no tokens.
 *
 * @example
 * console.log(formatReport(await checkAgent({ url, token })));
 */
export function formatReport(report: AgentReport): string {
  const rows = report.results.map((r) => [
    r.id,
    r.expected,
    r.got,
    r.latencyMs === null ? '-' : `${r.latencyMs} ms`,
    verdict(r),
  ]);
  const header = ['CHECK', 'EXPECTED', 'GOT', 'LATENCY', 'RESULT'];
  const widths = header.map((title, i) =>
    Math.min(48, Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const clipped = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return i === 3 ? clipped.padStart(width) : clipped.padEnd(width);
      })
      .join('  ')
      .trimEnd();

  const out = [
    `CAAC AI agent check: ${report.target}`,
    `deadline ${report.timeoutMs} ms per answer, seed ${report.seed}`,
    '',
    line(header),
    ...rows.map(line),
    '',
  ];
  const failures = report.results.filter((r) => !r.pass);
  for (const failure of failures) {
    out.push(
      `${failure.required ? 'FAIL' : 'WARN'} ${failure.id}: ${failure.reason ?? failure.got}`,
    );
  }
  if (failures.length > 0) out.push('');
  const required = report.results.filter((r) => r.required);
  const requiredPassed = required.filter((r) => r.pass).length;
  const advisoryFailed = failures.filter((r) => !r.required).length;
  out.push(
    `${report.passed ? 'PASSED' : 'FAILED'}: ${requiredPassed}/${required.length} required checks passed` +
      (advisoryFailed > 0 ? `, ${advisoryFailed} advisory warning(s)` : '') +
      ` in ${report.durationMs} ms`,
  );
  return out.join('\n');
}

function verdict(result: CheckResult): string {
  if (result.pass) return 'pass';
  return result.required ? 'FAIL' : 'warn';
}
