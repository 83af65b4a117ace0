// What every runtime serves: the AI agent handler at /ai-agent, plus two routes for the harness:
// /__client-checks runs the shared client checks inside the runtime, /__hang-ups reports what
// `reply`'s signal did when the caller left. Only Web globals, like the checks.
import type * as AgentModule from '@caac/ai-agent';
import type * as ClientModule from '@caac/client';
import { runClientChecks } from './client-checks.js';

/** Short, so the deadline answers (fallback, 408) come quickly; every check stays well inside it. */
export const AGENT_DEADLINE_MS = 3_000;
/** Above the checker's ~300 KB conversation check, still small enough that a streamed 413 needs little traffic. */
export const AGENT_MAX_BODY_BYTES = 512 * 1024;
export const HANG_UP_PROBE = 'runtime-suite:hang-up-probe';
export const NEVER_REPLY = 'runtime-suite:never-reply';

export interface HangUpRecord {
  id: string;
  startedAt: number;
  /** Epoch ms when `reply`'s signal aborted; absent while it has not. */
  abortedAt?: number;
  /** `name` of the signal's reason: `CaacAgentDeadlineError` (@caac/ai-agent) at the deadline. */
  reason?: string;
}

export interface RuntimeAppOptions {
  agent: typeof AgentModule;
  client: typeof ClientModule;
  token: string;
  /** Passed to the handler; absent means the kit's default for the runtime. */
  watchHangUp?: boolean;
}

export function createRuntimeApp({ agent, client, token, watchHangUp }: RuntimeAppOptions) {
  const hangUps: HangUpRecord[] = [];
  const handler = agent.createAiAgentHandler({
    token,
    deadlineMs: AGENT_DEADLINE_MS,
    maxBodyBytes: AGENT_MAX_BODY_BYTES,
    ...(watchHangUp === undefined ? {} : { watchHangUp }),
    // Fallbacks are expected here (deadline checks); keep the runtimes' output readable.
    onError: () => {},
    reply: (request, { signal, conversationId }) => {
      const text = request.messages.at(-1)?.text ?? '';
      if (text === NEVER_REPLY) return new Promise<string>(() => {});
      if (text.startsWith(HANG_UP_PROBE)) {
        const record: HangUpRecord = {
          id: text.slice(HANG_UP_PROBE.length + 1),
          startedAt: Date.now(),
        };
        hangUps.push(record);
        return new Promise<string>((resolve) => {
          signal.addEventListener(
            'abort',
            () => {
              record.abortedAt = Date.now();
              const reason: unknown = signal.reason;
              record.reason = reason instanceof Error ? reason.name : String(reason);
              resolve('too late');
            },
            { once: true },
          );
        });
      }
      return `runtime suite heard ${text.length} characters in conversation ${conversationId}`;
    },
  });

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/__client-checks') {
      const baseUrl = url.searchParams.get('mock') ?? '';
      const apiKey = url.searchParams.get('key') ?? '';
      return Response.json(await runClientChecks(client, { baseUrl, apiKey }));
    }
    if (url.pathname === '/__hang-ups') return Response.json(hangUps);
    return handler(request);
  }

  return { fetch, handler };
}
