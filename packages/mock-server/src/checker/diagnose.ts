import type { CallFailureKind } from './send.js';
import type { CheckResult } from './types.js';

/** One check as the diagnosis sees it: its result and how its request ended. */
export interface Outcome {
  readonly result: CheckResult;
  readonly failureKind: CallFailureKind | undefined;
  /** The connection error, e.g. `ECONNREFUSED`, when nothing answered. */
  readonly failureMessage: string | undefined;
}

/**
 * Names the cause when every check failed the same way, because twelve identical FAIL lines hide
 * it: every check 401 means the token, every check 404 the path, no connection at all the URL.
 *
 * @example
 * diagnose(outcomes, 'http://127.0.0.1:3000/ai-agent');
 * // ['every check got 401: the agent rejected the token: does --token match its configuration?']
 */
export function diagnose(outcomes: readonly Outcome[], target: string): string[] {
  const ran = outcomes.filter((o) => !o.result.skipped);
  if (ran.length === 0) return [];
  const statuses = new Set(ran.map((o) => o.result.status));
  if (ran.every((o) => o.failureKind === 'unreachable')) {
    const cause = /\b(E[A-Z_]+)\b/.exec(ran[0]?.failureMessage ?? '')?.[1];
    return [
      `nothing answers at ${target}${cause ? ` (${cause})` : ''}: is the agent running, and are the host and port right?`,
    ];
  }
  if (statuses.size !== 1) return [];
  const [status] = statuses;
  switch (status) {
    case 401:
      return [
        'every check got 401: the agent rejected the token: does --token match its configuration?',
      ];
    case 403:
      return [
        'every check got 403: something in front of the agent (a proxy, a firewall, an auth layer) refuses these requests',
      ];
    case 404:
      return [
        `every check got 404: is the path right? Nothing answers POST ${new URL(target).pathname}`,
      ];
    case 405:
      return [
        `every check got 405: the agent does not take POST at ${new URL(target).pathname}; is the path right?`,
      ];
    default:
      if (typeof status === 'number' && status >= 500) {
        return [
          `every check got ${status}: the agent fails on every request; its own log says why`,
        ];
      }
      return [];
  }
}
