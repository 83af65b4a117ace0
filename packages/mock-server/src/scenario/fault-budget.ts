import type { Fault } from './faults.js';

/**
 * Counts how often each `times=N` fault has fired, so a retrying client sees N failures and
 * then a normal answer. Requests share a budget when they carry the same fault text on the same
 * method and path, or the same `id=`.
 *
 * @example
 * const budget = new FaultBudget();
 * budget.shouldFire(fault, 'GET /caac/v1/tags'); // true, then false once `times` is used up
 */
export class FaultBudget {
  readonly #fired = new Map<string, number>();

  shouldFire(fault: Fault, route: string): boolean {
    if (fault.times === undefined) return true;
    const key = fault.id === undefined ? `${route}\u0000${fault.source}` : `id\u0000${fault.id}`;
    const fired = this.#fired.get(key) ?? 0;
    if (fired >= fault.times) return false;
    this.#fired.set(key, fired + 1);
    return true;
  }

  reset(): void {
    this.#fired.clear();
  }
}
