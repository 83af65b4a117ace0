// @ts-check
// Writes bench/results/latest.json (every value of every round) and latest.md (the tables the READMEs
// show). Running one benchmark alone replaces only its own section, so a quick re-run of the client
// benchmark does not throw away the mock-server numbers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchDir, resultsDir } from './paths.mjs';

/**
 * @typedef {import('./result.mjs').BenchmarkResult} BenchmarkResult
 * @typedef {import('./result.mjs').Measurement} Measurement
 * @typedef {object} Results
 * @property {string} generatedAt
 * @property {ReturnType<typeof import('./machine.mjs').describeMachine>} machine
 * @property {Record<string, string>} packages
 * @property {Record<string, BenchmarkResult | { title: string, skipped: string }>} benchmarks
 */

/**
 * @param {Omit<Results, 'benchmarks'>} header
 * @param {Results['benchmarks']} fresh
 */
export async function writeResults(header, fresh) {
  await mkdir(resultsDir, { recursive: true });
  const jsonFile = path.join(resultsDir, 'latest.json');
  /** @type {Results['benchmarks']} */
  let previous = {};
  try {
    previous =
      /** @type {Results} */ (JSON.parse(await readFile(jsonFile, 'utf8'))).benchmarks ?? {};
  } catch {
    // first run
  }
  /** @type {Results} */
  const results = { ...header, benchmarks: { ...previous, ...fresh } };
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(resultsDir, 'latest.md'), renderMarkdown(results));
  await updateReadme(results);
  return results;
}

const START = '<!-- bench:targets:start -->';
const END = '<!-- bench:targets:end -->';

/**
 * Keeps the table in bench/README.md equal to the latest results, so the README never shows
 * numbers from another run than the committed results file.
 * @param {Results} results
 */
async function updateReadme(results) {
  const file = path.join(benchDir, 'README.md');
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return;
  }
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return;
  const { machine } = results;
  const block = [
    START,
    `Run of ${results.generatedAt.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, load average ${machine.loadAverage.join(' / ')} at the start. Full tables: [results/latest.md](results/latest.md).`,
    '',
    renderTargets(results),
    END,
  ].join('\n');
  await writeFile(file, text.slice(0, from) + block + text.slice(to + END.length));
}

/** @param {Results} results */
export function renderMarkdown(results) {
  const { machine } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Generated ${results.generatedAt} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}, ${machine.os}; load average at start ${machine.loadAverage.join(' / ')}.`,
    'Ratios are medians of per-round ratios (ours ÷ baseline, both measured in the same round); ranges are min–max over rounds.',
    '',
    '## Targets and headline comparisons',
    '',
    renderTargets(results),
    '',
    '## Every comparison',
    '',
    renderTargets(results, { all: true }),
    '',
  ];
  for (const [name, bench] of Object.entries(results.benchmarks)) {
    lines.push(`## ${bench.title} (\`${name}\`)`, '');
    if ('skipped' in bench) {
      lines.push(`Not measured: ${bench.skipped}`, '');
      continue;
    }
    lines.push(`Measured ${bench.measuredAt}; ${describeSettings(bench.settings)}.`, '');
    lines.push('| measurement | median | min | max |', '| --- | ---: | ---: | ---: |');
    for (const m of bench.measurements) {
      lines.push(
        `| ${m.label} | ${format(m.median, m.unit)} | ${format(m.min, m.unit)} | ${format(m.max, m.unit)} |`,
      );
    }
    lines.push('');
    for (const note of bench.notes) lines.push(`- ${note}`);
    if (bench.notes.length > 0) lines.push('');
  }
  lines.push('## Package versions', '', '| package | version |', '| --- | --- |');
  for (const [name, version] of Object.entries(results.packages))
    lines.push(`| ${name} | ${version} |`);
  lines.push('');
  return lines.join('\n');
}

/**
 * The table the READMEs show: every check with a target plus the headline comparisons (`all`: every
 * check).
 * @param {Pick<Results, 'benchmarks'>} results
 * @param {{ all?: boolean }} [options]
 */
export function renderTargets(results, { all = false } = {}) {
  const lines = [
    '| benchmark | check | ours (median) | baseline (median) | ratio (min–max) | target | met |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const [name, bench] of Object.entries(results.benchmarks)) {
    if ('skipped' in bench) {
      lines.push(`| ${name} | not measured: ${bench.skipped} | | | | | |`);
      continue;
    }
    const byId = new Map(bench.measurements.map((m) => [m.id, m]));
    for (const check of bench.checks) {
      if (!all && !check.headline) continue;
      const ours = /** @type {Measurement} */ (byId.get(check.ours));
      const baseline = check.baseline ? byId.get(check.baseline) : undefined;
      const ratio = check.ratio
        ? `${times(check.ratio.median)} (${times(check.ratio.min)}–${times(check.ratio.max)})`
        : '';
      const target = check.target
        ? `${check.target.op === '>=' ? '≥' : '≤'} ${baseline ? times(check.target.value) : format(check.target.value, ours.unit)}`
        : 'info';
      const met = check.met === undefined ? '' : check.met ? 'yes' : '**no**';
      lines.push(
        `| ${name} | ${check.label} | ${format(ours.median, ours.unit)} | ${baseline ? format(baseline.median, baseline.unit) : ''} | ${ratio} | ${target} | ${met} |`,
      );
    }
  }
  return lines.join('\n');
}

/** @param {Record<string, unknown>} settings */
function describeSettings(settings) {
  return Object.entries(settings)
    .map(([key, value]) => `${key} ${Array.isArray(value) ? value.join('/') : String(value)}`)
    .join(', ');
}

/** @param {number} ratio */
function times(ratio) {
  return `${ratio.toFixed(2)}×`;
}

/**
 * @param {number} value
 * @param {import('./result.mjs').Unit} unit
 */
export function format(value, unit) {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'req/s':
      return `${Math.round(value).toLocaleString('en-US')} req/s`;
    case 'B':
      return `${(value / 1000).toFixed(2)} kB`;
    case 'MiB':
      return `${value.toFixed(0)} MiB`;
    case 's':
      return `${value.toFixed(2)} s`;
    default:
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ${unit}`;
  }
}
