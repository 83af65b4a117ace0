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
 * Combines the caller's signal (if any) with a per-attempt deadline: one `AbortController`, one
 * timer, and a listener on the caller's signal only when there is one. Written by hand rather than
 * with `AbortSignal.any`/`AbortSignal.timeout`, which not every supported runtime has, which
 * allocate more per call, and which would make the two causes indistinguishable.
 * @example const attempt = attemptSignal(options.signal, 60_000); try { … } finally { attempt.release(); }
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  // Settled (rejected) when the attempt aborts, so `guard` needs no listener of its own per await.
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  // Nobody may be racing it at the moment it rejects (e.g. between two awaits); that is not an error.
  stopped.catch(() => {});
  const abort = (reason?: unknown) => {
    controller.abort(reason);
    stop(signal.reason);
  };
  const onAbort = () => abort((caller as AbortSignal).reason);
  caller?.addEventListener('abort', onAbort);
  const timer =
    timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, timeoutMs)
      : undefined;
  return {
    signal,
    timedOut: () => timedOut,
    guard: (work) => Promise.race([work, stopped]),
    release() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
