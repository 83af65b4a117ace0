// setTimeout fires at once for delays above 2^31-1 ms; longer timeouts simply never fire.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One attempt's signal: aborts when the caller aborts or the attempt's deadline passes. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True when the deadline, not the caller, aborted the attempt. */
  timedOut(): boolean;
  /** Settles like `work`, or rejects as soon as the attempt aborts, even if `work` ignores signals. */
  guard<T>(work: Promise<T>): Promise<T>;
  /** Stops the timer and detaches from the caller's signal; call when the attempt ends. */
  release(): void;
}

/**
 * Combines the caller's signal with a per-attempt deadline. Written by hand rather than with
 * `AbortSignal.any`/`AbortSignal.timeout`, which not every supported runtime has, and so the
 * two causes stay distinguishable.
 * @example const attempt = attemptSignal(request.signal, 60_000); try { … } finally { attempt.release(); }
 */
export function attemptSignal(caller: AbortSignal, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller.reason);
  caller.addEventListener('abort', onAbort);
  const timer =
    timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const { signal } = controller;
  return {
    signal,
    timedOut: () => timedOut,
    guard: (work) =>
      Promise.race([
        work,
        new Promise<never>((_, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
      ]),
    release() {
      clearTimeout(timer);
      caller.removeEventListener('abort', onAbort);
    },
  };
}
