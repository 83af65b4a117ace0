/** Options of {@link checkAgent}. */
export interface CheckAgentOptions {
  /** The agent's endpoint, exactly as it would be configured in CAAC. */
  readonly url: string;
  /** The bearer token configured in CAAC for this agent. Never printed or stored in reports. */
  readonly token: string;
  /** Deadline per answer; CAAC waits 45 000 ms. */
  readonly timeoutMs?: number;
  /**
   * The most body bytes read of one answer; past it the check fails ("answer larger than N bytes")
   * and the connection is closed. Default 1 MiB ({@link DEFAULT_MAX_ANSWER_BYTES}), at most 16 MiB.
   */
  readonly maxAnswerBytes?: number;
  /** Seed for the random conversations, so a failing run can be repeated exactly. Default 1. */
  readonly seed?: number;
  /** How many random valid conversations to send. Default 3. */
  readonly randomConversations?: number;
  /** Messages in the large-conversation check. Default 200. */
  readonly largeConversationMessages?: number;
  /** Called once before the first check, with what will run: for a live report. */
  readonly onStart?: (plan: CheckPlan) => void;
  /** Called as each check finishes, for live progress. */
  readonly onResult?: (result: CheckResult) => void;
}

/** What {@link checkAgent} is about to do, known before the first request. */
export interface CheckPlan {
  /** The agent URL without credentials or query string. */
  readonly target: string;
  readonly timeoutMs: number;
  readonly maxAnswerBytes: number;
  readonly seed: number;
  readonly checks: readonly {
    readonly id: string;
    readonly title: string;
    readonly required: boolean;
    readonly expected: string;
  }[];
  /** Problems found before sending anything, e.g. a short token. */
  readonly warnings: readonly string[];
}

/** The outcome of one check. */
export interface CheckResult {
  /** Stable name, e.g. `health-check`, `no-token`, `example:conversation`, `random-2`. */
  readonly id: string;
  /** What the check does, in a few words. */
  readonly title: string;
  /** Required checks decide the exit code; advisory ones only warn. */
  readonly required: boolean;
  /** What CAAC expects, e.g. `200 JSON reply_text` or `401 JSON error`. */
  readonly expected: string;
  /** What came back, in short, e.g. `200 reply_text (48 chars)`, `500 HTML page`, `no answer`. */
  readonly got: string;
  readonly status: number | null;
  /** Milliseconds until the full answer arrived; null when none did. */
  readonly latencyMs: number | null;
  /** Milliseconds until the response headers arrived; null when none did. */
  readonly headersMs: number | null;
  /** Body bytes received (reading stops just past `maxAnswerBytes`). */
  readonly bytesReceived: number;
  /** For answered conversations: whether `reply_text` asked for `<HUMAN_HANDOVER>`. */
  readonly handover: boolean | null;
  readonly pass: boolean;
  /** True when the check was not run (the agent answered nothing at all); `pass` is false. */
  readonly skipped: boolean;
  /** Why it failed, in words a developer can act on. */
  readonly reason?: string;
  /** A problem that does not fail the check, e.g. a reply too long for LINE. */
  readonly warning?: string;
  /** What the agent said when it did not reply (its error `message`, a page title), masked and bounded. */
  readonly agentMessage?: string;
}

/** Everything {@link checkAgent} found, ready to print or to write as JSON for CI. */
export interface AgentReport {
  /** The agent URL without credentials or query string. */
  readonly target: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly timeoutMs: number;
  readonly maxAnswerBytes: number;
  readonly seed: number;
  /** True when every required check passed. */
  readonly passed: boolean;
  readonly counts: {
    readonly total: number;
    readonly passed: number;
    readonly failed: number;
    readonly requiredFailed: number;
    readonly skipped: number;
  };
  /** What a uniform failure means, e.g. every check 401: "the agent rejected the token: …". */
  readonly diagnosis: readonly string[];
  /** Problems that fail no check, e.g. a short token. */
  readonly warnings: readonly string[];
  readonly results: readonly CheckResult[];
}
