/** Options of {@link checkAgent}. */
export interface CheckAgentOptions {
  /** The agent's endpoint, exactly as it would be configured in CAAC. */
  readonly url: string;
  /** The bearer token configured in CAAC for this agent. Never printed or stored in reports. */
  readonly token: string;
  /** Deadline per answer; CAAC waits 45 000 ms. */
  readonly timeoutMs?: number;
  /** Seed for the random conversations, so a failing run can be repeated exactly. Default 1. */
  readonly seed?: number;
  /** How many random valid conversations to send. Default 3. */
  readonly randomConversations?: number;
  /** Messages in the large-conversation check. Default 200. */
  readonly largeConversationMessages?: number;
  /** Called as each check finishes, for live progress. */
  readonly onResult?: (result: CheckResult) => void;
}

/** The outcome of one check. */
export interface CheckResult {
  /** Stable name, e.g. `health-check`, `no-token`, `example:conversation`, `random-2`. */
  readonly id: string;
  /** What the check does, in a few words. */
  readonly title: string;
  /** Required checks decide the exit code; advisory ones only warn. */
  readonly required: boolean;
  /** What CAAC expects, e.g. `200 JSON reply_text` or `401`. */
  readonly expected: string;
  /** What came back, e.g. `200 reply_text (48 chars)`, `500`, `no answer in 45000 ms`. */
  readonly got: string;
  readonly status: number | null;
  /** Milliseconds until the full answer arrived; null when none did. */
  readonly latencyMs: number | null;
  /** For answered conversations: whether `reply_text` asked for `<HUMAN_HANDOVER>`. */
  readonly handover: boolean | null;
  readonly pass: boolean;
  /** Why it failed, in words a developer can act on. */
  readonly reason?: string;
}

/** Everything {@link checkAgent} found, ready to print or to write as JSON for CI. */
export interface AgentReport {
  /** The agent URL without credentials or query string. */
  readonly target: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly timeoutMs: number;
  readonly seed: number;
  /** True when every required check passed. */
  readonly passed: boolean;
  readonly counts: {
    readonly total: number;
    readonly passed: number;
    readonly failed: number;
    readonly requiredFailed: number;
  };
  readonly results: readonly CheckResult[];
}
