import { type SelfHostedAiAgentRequest, withHandover } from '@caac/ai-agent-types';
import { CaacAgentDeadlineError, CaacAgentInvalidReplyError } from './errors.js';
import type { AiAgentErrorReason, ReplyContext, ReplyFunction } from './options.js';
import type { RequestScope } from './scope.js';

/** What came of calling `reply`. */
export type ReplyOutcome =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly reason: AiAgentErrorReason | 'disconnected';
      readonly error: unknown;
    };

/**
 * Calls `reply` and settles at the first of: its answer, its failure, or `scope` aborting
 * (deadline or disconnect). A late answer is ignored and a late rejection swallowed, so nothing
 * that `reply` does after the deadline can reach the response or crash the process.
 *
 * A `reply` that returns a plain value (not a promise) is settled synchronously: nothing can
 * overtake it, and skipping the race saves promises and listeners on every such request.
 */
export function runReply(
  reply: ReplyFunction,
  request: SelfHostedAiAgentRequest,
  context: ReplyContext,
  scope: RequestScope,
): ReplyOutcome | Promise<ReplyOutcome> {
  if (scope.aborted) return abortedOutcome(scope);
  let value: unknown;
  let then: unknown;
  try {
    value = reply(request, context);
    // Reading `then` can throw (a getter, a Proxy); a promise would reject with that, so do we.
    then =
      (typeof value === 'object' && value !== null) || typeof value === 'function'
        ? (value as { then?: unknown }).then
        : undefined;
  } catch (error) {
    return { ok: false, reason: 'reply-threw', error };
  }
  if (typeof then !== 'function') return settle(value);
  return new Promise<ReplyOutcome>((resolve) => {
    const unsubscribe = scope.onAbort(() => resolve(abortedOutcome(scope)));
    Promise.resolve(value as PromiseLike<unknown>)
      .then(
        (resolved) => resolve(settle(resolved)),
        (error: unknown) => resolve({ ok: false, reason: 'reply-threw', error }),
      )
      .finally(unsubscribe);
  });
}

function abortedOutcome(scope: RequestScope): ReplyOutcome {
  const reason = scope.reason instanceof CaacAgentDeadlineError ? 'deadline' : 'disconnected';
  return { ok: false, reason, error: scope.reason };
}

/** The outcome for the value `reply` produced. */
function settle(value: unknown): ReplyOutcome {
  // Reading the value can throw too (a getter, a Proxy); that must not leave us unsettled.
  try {
    const text = replyText(value);
    return text === undefined
      ? {
          ok: false,
          reason: 'invalid-reply',
          error: new CaacAgentInvalidReplyError(describe(value)),
        }
      : { ok: true, text };
  } catch (error) {
    return { ok: false, reason: 'invalid-reply', error };
  }
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
