import type { Violation } from '../prism/violations.js';

/** How the mock judged the request's API key. */
export type ApiKeyVerdict = 'valid' | 'missing' | 'unknown' | 'not-required';

/** One request the mock received, as recorded after it was answered (or dropped). */
export interface JournalEntry {
  /** 1, 2, 3… in arrival order, per server. */
  readonly id: number;
  /** ISO time the request arrived. */
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query as sent, with secret-looking query values redacted. */
  readonly url: string;
  /** The spec's operationId, when the path matched an operation. */
  readonly operationId?: string;
  readonly apiKey: ApiKeyVerdict;
  /** What was asked of the mock: Prefer choices, injected delay and fault. */
  readonly scenario: {
    readonly code?: number;
    readonly example?: string;
    readonly dynamic?: boolean;
    readonly delayMs?: number;
    readonly fault?: string;
  };
  readonly violations: {
    readonly request: readonly Violation[];
    readonly response: readonly Violation[];
  };
  /** HTTP status sent; 0 when no response was sent. */
  readonly status: number;
  /** `dropped`: the mock destroyed the socket on purpose; `aborted`: the client went away first. */
  readonly outcome: 'answered' | 'dropped' | 'aborted';
  /** Milliseconds from arrival to the end of the response (or the drop), including injected delay. */
  readonly durationMs: number;
}

/** The request journal of one mock server. */
export interface Journal {
  /** Entries in arrival order (oldest first), at most `journalLimit` of them. */
  readonly entries: readonly JournalEntry[];
  /** Forgets every entry (for example between tests). */
  clear(): void;
}

/**
 * A bounded, in-memory journal: keeps the newest `limit` entries so a long-running or
 * load-tested mock does not grow without end.
 *
 * @example
 * const journal = new RequestJournal(1000);
 * journal.add(entry);
 * journal.entries.at(-1)?.status;
 */
export class RequestJournal implements Journal {
  #entries: JournalEntry[] = [];

  constructor(private readonly limit: number) {}

  get entries(): readonly JournalEntry[] {
    return this.#entries;
  }

  add(entry: JournalEntry): void {
    if (this.limit <= 0) return;
    this.#entries.push(entry);
    if (this.#entries.length > this.limit)
      this.#entries.splice(0, this.#entries.length - this.limit);
  }

  clear(): void {
    this.#entries = [];
  }
}
