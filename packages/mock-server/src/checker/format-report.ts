import type { AgentReport, CheckPlan, CheckResult } from './types.js';

/**
 * The report as plain text: a header, a table row per check (check, expected, got, latency,
 * result), a line per failure or warning saying why, the diagnosis, and the verdict. Contains no
 * tokens. The CLI prints the same pieces as the checks finish ({@link formatPlan},
 * {@link formatResultRow}, {@link formatSummary}).
 *
 * @example
 * console.log(formatReport(await checkAgent({ url, token })));
 */
export function formatReport(report: AgentReport): string {
  const plan: CheckPlan = {
    target: report.target,
    timeoutMs: report.timeoutMs,
    maxAnswerBytes: report.maxAnswerBytes,
    seed: report.seed,
    checks: report.results,
    warnings: report.warnings,
  };
  return [
    formatPlan(plan),
    ...report.results.map((r) => formatResultRow(plan, r)),
    formatSummary(report),
  ].join('\n');
}

const GOT_WIDTH = 40;
const LATENCY_WIDTH = 8;

/**
 * The header printed before the first check: target, settings, warnings and the table's titles.
 *
 * @example
 * process.stdout.write(`${formatPlan(plan)}\n`);
 */
export function formatPlan(plan: CheckPlan): string {
  return [
    `CAAC AI agent check: ${plan.target}`,
    `deadline ${plan.timeoutMs} ms per answer, answers read up to ${plan.maxAnswerBytes} bytes, seed ${plan.seed}`,
    ...plan.warnings.map((w) => `WARNING: ${w}`),
    '',
    row(plan, ['CHECK', 'EXPECTED', 'GOT', 'LATENCY', 'RESULT']),
  ].join('\n');
}

/**
 * One table row, in columns sized from the plan, so rows can be printed as checks finish.
 *
 * @example
 * onResult: (result) => process.stdout.write(`${formatResultRow(plan, result)}\n`);
 */
export function formatResultRow(plan: CheckPlan, result: CheckResult): string {
  return row(plan, [
    result.id,
    result.expected,
    result.got,
    result.latencyMs === null ? '-' : `${result.latencyMs} ms`,
    verdict(result),
  ]);
}

/**
 * What follows the table: why each check failed or warned, the diagnosis, and the verdict.
 *
 * @example
 * process.stdout.write(`${formatSummary(report)}\n`);
 */
export function formatSummary(report: AgentReport): string {
  const out = [''];
  const problems = report.results.filter((r) => !r.skipped && (!r.pass || r.warning));
  for (const r of problems) {
    if (!r.pass) out.push(`${r.required ? 'FAIL' : 'WARN'} ${r.id}: ${r.reason ?? r.got}`);
    if (r.warning) out.push(`WARN ${r.id}: ${r.warning}`);
  }
  if (problems.length > 0) out.push('');
  for (const line of report.diagnosis) out.push(`DIAGNOSIS: ${line}`);
  if (report.diagnosis.length > 0) out.push('');
  const required = report.results.filter((r) => r.required);
  const requiredPassed = required.filter((r) => r.pass).length;
  const warnings = report.results.filter((r) => (!r.pass && !r.required) || r.warning).length;
  out.push(
    `${report.passed ? 'PASSED' : 'FAILED'}: ${requiredPassed}/${required.length} required checks passed` +
      (report.counts.skipped > 0 ? `, ${report.counts.skipped} not run` : '') +
      (warnings > 0 ? `, ${warnings} advisory warning(s)` : '') +
      ` in ${report.durationMs} ms`,
  );
  return out.join('\n');
}

function row(plan: CheckPlan, cells: readonly string[]): string {
  const widths = [
    Math.max(5, ...plan.checks.map((c) => c.id.length)),
    Math.max(8, ...plan.checks.map((c) => c.expected.length)),
    GOT_WIDTH,
    LATENCY_WIDTH,
    0,
  ];
  return cells
    .map((cell, i) => {
      const width = widths[i] ?? 0;
      if (width === 0) return cell;
      const clipped = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
      return i === 3 ? clipped.padStart(width) : clipped.padEnd(width);
    })
    .join('  ')
    .trimEnd();
}

function verdict(result: CheckResult): string {
  if (result.skipped) return 'not run';
  if (!result.pass) return result.required ? 'FAIL' : 'warn';
  return result.warning ? 'warn' : 'pass';
}
