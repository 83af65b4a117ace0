import { DELAY_HEADER, FAULT_HEADER, type Fault, parseDelay, parseFault } from './faults.js';
import type { Parsed } from './prefer.js';

/** Delay and fault that apply to one request. */
export interface Controls {
  readonly delayMs: number;
  readonly fault?: Fault;
}

/**
 * The delay and fault for a request: its `X-Caac-Mock-Delay` / `X-Caac-Mock-Fault` headers when
 * present, else the server-wide defaults. `X-Caac-Mock-Fault: none` switches a server-wide fault
 * off for one request.
 *
 * @example
 * readControls({ 'x-caac-mock-fault': '503' }, { delayMs: 0 }); // { ok: true, value: { delayMs: 0, fault: { kind: 'status', status: 503, … } } }
 */
export function readControls(
  headers: Record<string, string>,
  defaults: Controls,
): Parsed<Controls> {
  let { delayMs, fault } = defaults;
  const delayHeader = headers[DELAY_HEADER];
  if (delayHeader !== undefined) {
    const delay = parseDelay(delayHeader);
    if (!delay.ok) return { ok: false, error: `${DELAY_HEADER}: ${delay.error}` };
    delayMs = delay.value;
  }
  const faultHeader = headers[FAULT_HEADER];
  if (faultHeader !== undefined) {
    if (faultHeader.trim().toLowerCase() === 'none') {
      fault = undefined;
    } else {
      const parsed = parseFault(faultHeader);
      if (!parsed.ok) return { ok: false, error: `${FAULT_HEADER}: ${parsed.error}` };
      fault = parsed.value;
    }
  }
  return { ok: true, value: fault ? { delayMs, fault } : { delayMs } };
}
