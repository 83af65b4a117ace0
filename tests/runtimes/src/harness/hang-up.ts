// What `reply`'s signal does when the caller hangs up: the harness starts a conversation whose
// reply waits on its signal, closes the connection once `reply` runs, and reads what the runtime
// recorded (see HangUpRecord in in-runtime/agent-app.ts).
import { request as httpRequest } from 'node:http';
import { AGENT_DEADLINE_MS, HANG_UP_PROBE, type HangUpRecord } from '../in-runtime/agent-app.js';
import { authorised, conversation } from './agent-requests.js';

export type HangUpBehaviour = 'aborts at once' | 'aborts at the deadline' | 'never aborts';

export interface HangUpObservation {
  behaviour: HangUpBehaviour;
  /** From the hang-up to the abort, when there was one. */
  afterMs?: number;
  reason?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function records(baseUrl: string) {
  const response = await fetch(`${baseUrl}/__hang-ups`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as HangUpRecord[];
}

/** Polls (bounded) until `found` gives a value. */
async function waitFor<T>(what: string, timeoutMs: number, found: () => Promise<T | undefined>) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await found();
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

export async function observeHangUp(baseUrl: string): Promise<HangUpObservation> {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const request = httpRequest(`${baseUrl}/ai-agent`, { method: 'POST', headers: authorised() });
  request.on('error', () => {}); // the hang-up below is the point
  request.end(JSON.stringify(conversation(`${HANG_UP_PROBE}:${id}`)));
  const mine = async () => (await records(baseUrl)).find((record) => record.id === id);
  await waitFor('reply was not called', 30_000, mine);
  const hungUpAt = Date.now();
  request.destroy();
  // Past the deadline plus a margin for a loaded machine: an abort by then is the runtime's or
  // the kit's; none by then means the signal never fired.
  const record = await waitFor('', AGENT_DEADLINE_MS + 10_000, async () => {
    const current = await mine();
    return current?.abortedAt !== undefined ? current : undefined;
  }).catch(() => undefined);
  if (record?.abortedAt === undefined) return { behaviour: 'never aborts' };
  const behaviour =
    record.reason === 'CaacAgentDeadlineError' ? 'aborts at the deadline' : 'aborts at once';
  return { behaviour, afterMs: record.abortedAt - hungUpAt, reason: record.reason };
}
