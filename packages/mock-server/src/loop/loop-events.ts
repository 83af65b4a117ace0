import { createMockLog, type MockLog } from '../log/mock-logger.js';
import type { ConversationMessage } from './conversation.js';
import type { Turn } from './turn.js';

/** Where an event happened. */
interface EventPlace {
  readonly tenant: string;
  readonly channelId: number;
  readonly memberId: number;
}

/** Something the loop did, in the order it happened (`seq` increases by one). */
export type LoopEvent = { readonly seq: number; readonly at: string } & EventPlace &
  (
    | { readonly type: 'message'; readonly message: ConversationMessage }
    | {
        readonly type: 'turn-started';
        readonly turnId: number;
        readonly answers: readonly string[];
      }
    | { readonly type: 'turn'; readonly turn: Turn }
    | { readonly type: 'skipped'; readonly reason: string }
  );

type Body<T> = T extends unknown ? Omit<T, 'seq' | 'at'> : never;
export type NewLoopEvent = Body<LoopEvent>;

/**
 * The loop's event history, bounded (newest win), with listeners for live views: the
 * playground's event stream reads from here.
 *
 * @example
 * const off = events.listen((event) => console.log(event.type));
 * events.since(0); // every kept event
 */
export class LoopEvents {
  readonly #kept: LoopEvent[] = [];
  readonly #listeners = new Set<(event: LoopEvent) => void>();
  #seq = 0;

  constructor(
    private readonly limit = 1000,
    private readonly log: MockLog = createMockLog(undefined),
  ) {}

  emit(event: NewLoopEvent): LoopEvent {
    const full = { ...event, seq: ++this.#seq, at: new Date().toISOString() } as LoopEvent;
    this.#kept.push(full);
    if (this.#kept.length > this.limit) this.#kept.splice(0, this.#kept.length - this.limit);
    for (const listener of this.#listeners) {
      try {
        listener(full);
      } catch (error) {
        this.log('warn', `loop event listener threw: ${String(error)}`);
      }
    }
    return full;
  }

  /** Kept events with `seq` greater than `after`, oldest first. */
  since(after: number): readonly LoopEvent[] {
    return this.#kept.filter((event) => event.seq > after);
  }

  listen(listener: (event: LoopEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
