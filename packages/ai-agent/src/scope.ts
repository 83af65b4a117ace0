/**
 * The deadline and disconnect of one request. It aborts once, with the first reason (a
 * `CaacAgentDeadlineError` or the caller's disconnect), and tells the kit's own listeners (body
 * reader, reply race) through plain callbacks.
 *
 * The `AbortSignal` handed to `reply` is created only when `reply` reads `context.signal`: creating
 * one and listening on it costs 2–4 µs on Node, a large share of the kit's whole per-request
 * budget, and most requests finish without anyone looking at it. A signal created after the abort
 * is aborted at once with the same reason, so `reply` cannot tell the difference.
 */
export class RequestScope {
  aborted = false;
  reason: unknown = undefined;
  private controller: AbortController | undefined;
  // The kit registers one at a time (the body reader, then the reply race): an array is plenty.
  private listeners: (() => void)[] = [];

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    // The kit's own listeners first, as they were registered before `reply` could add its own: the
    // fallback answer is decided before anything `reply` does on abort can resolve.
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
    this.controller?.abort(reason);
  }

  /** Calls `listener` once on abort (not if already aborted); returns a function that unsubscribes. */
  onAbort(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index !== -1) this.listeners.splice(index, 1);
    };
  }
}
