import { type SelfHostedAiAgentRequest, withHandover } from '@caac/ai-agent-types';
import { DeadlineExceededError, InvalidReplyError } from './errors.js';
import type { AiAgentErrorReason, AiAgentReply, ReplyContext, ReplyFunction } from './options.js';

/** What came of calling `reply`. */
export type ReplyOutcome =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly reason: AiAgentErrorReason | 'disconnected';
      readonly error: unknown;
    };

/**
 * Calls `reply` and settles at the first of: its answer, its failure, or `signal` aborting
 * (deadline or disconnect). A late answer is ignored and a late rejection swallowed, so nothing
 * that `reply` does after the deadline can reach the response or crash the process.
 */
export function runReply(
  reply: ReplyFunction,
  request: SelfHostedAiAgentRequest,
  context: ReplyContext,
): Promise<ReplyOutcome> {
  const { signal } = context;
  return new Promise<ReplyOutcome>((resolve) => {
    const onAbort = () => {
      const reason = signal.reason instanceof DeadlineExceededError ? 'deadline' : 'disconnected';
      resolve({ ok: false, reason, error: signal.reason });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    // `new Promise` turns a synchronous throw in `reply` into a rejection.
    new Promise<AiAgentReply>((run) => run(reply(request, context)))
      .then(
        (value) => {
          // Reading the value can throw too (a getter, a Proxy); that must not leave us unsettled.
          try {
            const text = replyText(value);
            resolve(
              text === undefined
                ? {
                    ok: false,
                    reason: 'invalid-reply',
                    error: new InvalidReplyError(describe(value)),
                  }
                : { ok: true, text },
            );
          } catch (error) {
            resolve({ ok: false, reason: 'invalid-reply', error });
          }
        },
        (error: unknown) => resolve({ ok: false, reason: 'reply-threw', error }),
      )
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The reply text `reply` asked for, or undefined when its value is not a valid reply. */
function replyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, handover } = value as { text?: unknown; handover?: unknown };
  if (handover !== undefined && typeof handover !== 'boolean') return undefined;
  if (text !== undefined && typeof text !== 'string') return undefined;
  if (handover === true) return withHandover(text);
  return text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object')
    return `an object with keys [${Object.keys(value).slice(0, 5).join(', ')}]`;
  return typeof value;
}
