// @ts-check
// The shape every benchmark reports: measurements (one value per round) and checks (ratios against
// a baseline from the same rounds, or an absolute limit), each check with its target from issue 7.
import { pairedRatios, summarize } from './stats.mjs';

/**
 * @typedef {'req/s' | 'ms' | 'µs' | 'B' | 'MiB' | 's' | 'cores'} Unit
 * @typedef {{ op: '>=' | '<=', value: number }} Target
 * @typedef {object} Measurement
 * @property {string} id
 * @property {string} label
 * @property {Unit} unit
 * @property {number[]} values one per round
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @typedef {object} Check
 * @property {string} label
 * @property {string} ours measurement id
 * @property {string} [baseline] measurement id, for a ratio
 * @property {{ median: number, min: number, max: number, values: number[] }} [ratio]
 * @property {Target} [target] on the ratio when there is a baseline, else on the median of `ours`
 * @property {boolean} [met]
 * @property {boolean} [headline] shown in the short table the root README carries
 * @typedef {object} BenchmarkResult
 * @property {string} title
 * @property {string} measuredAt
 * @property {Record<string, unknown>} settings
 * @property {Measurement[]} measurements
 * @property {Check[]} checks
 * @property {string[]} notes
 */

export class ResultBuilder {
  /** @param {string} title @param {Record<string, unknown>} settings */
  constructor(title, settings) {
    this.title = title;
    this.settings = settings;
    /** @type {Map<string, Measurement>} */
    this.measurements = new Map();
    /** @type {Check[]} */
    this.checks = [];
    /** @type {string[]} */
    this.notes = [];
  }

  /**
   * Declares a measurement once; `record` then adds one value per round.
   * @param {string} id @param {string} label @param {Unit} unit
   */
  declare(id, label, unit) {
    if (!this.measurements.has(id)) {
      this.measurements.set(id, { id, label, unit, values: [], median: 0, min: 0, max: 0 });
    }
    return id;
  }

  /** @param {string} id @param {number} value */
  record(id, value) {
    const m = this.measurements.get(id);
    if (!m) throw new Error(`undeclared measurement ${id}`);
    m.values.push(value);
  }

  /**
   * A paired ratio ours/baseline over the rounds; the target applies to its median. Checks with a
   * target always make the headline table; `headline` adds an informative one.
   * @param {string} label @param {string} ours @param {string} baseline
   * @param {Target} [target] @param {boolean} [headline]
   */
  ratio(label, ours, baseline, target, headline = false) {
    this.checks.push({
      label,
      ours,
      baseline,
      ...(target ? { target } : {}),
      headline: headline || Boolean(target),
    });
  }

  /** An absolute limit on the median of one measurement. @param {string} label @param {string} ours @param {Target} target */
  limit(label, ours, target) {
    this.checks.push({ label, ours, target, headline: true });
  }

  /**
   * A number the issue asks to report, without a target.
   * @param {string} label @param {string} ours @param {boolean} [headline]
   */
  report(label, ours, headline = false) {
    this.checks.push({ label, ours, headline });
  }

  /** @param {string} note */
  note(note) {
    this.notes.push(note);
  }

  /** @returns {BenchmarkResult} */
  build() {
    const measurements = [...this.measurements.values()].map((m) => ({
      ...m,
      ...summarize(m.values),
    }));
    const byId = new Map(measurements.map((m) => [m.id, m]));
    const checks = this.checks.map((check) => {
      const ours = byId.get(check.ours);
      if (!ours) throw new Error(`check ${check.label}: no measurement ${check.ours}`);
      if (!check.baseline) {
        return { ...check, ...(check.target ? { met: meets(ours.median, check.target) } : {}) };
      }
      const baseline = byId.get(check.baseline);
      if (!baseline) throw new Error(`check ${check.label}: no measurement ${check.baseline}`);
      const values = pairedRatios(ours.values, baseline.values);
      const ratio = { ...summarize(values), values };
      return {
        ...check,
        ratio,
        ...(check.target ? { met: meets(ratio.median, check.target) } : {}),
      };
    });
    return {
      title: this.title,
      measuredAt: new Date().toISOString(),
      settings: this.settings,
      measurements,
      checks,
      notes: this.notes,
    };
  }
}

/** @param {number} value @param {Target} target */
function meets(value, target) {
  return target.op === '>=' ? value >= target.value : value <= target.value;
}
