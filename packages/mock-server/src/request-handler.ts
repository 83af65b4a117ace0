import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { decideAnswer, type ServerRules } from './decide-answer.js';
import { applyCors } from './http/cors.js';
import { mockProblem } from './http/mock-problem.js';
import { flattenHeaders, parseUrl } from './http/parse-request.js';
import { readBody } from './http/read-request-body.js';
import { redactUrl } from './http/redact.js';
import { withRequestId } from './http/request-id.js';
import { sendAnswer } from './http/send-answer.js';
import type { JournalEntry, RequestJournal } from './journal/journal.js';
import { formatJournalLine } from './journal/journal-line.js';
import type { MockLog } from './log/mock-logger.js';

/** Everything a request handler needs from its server. */
export interface HandlerContext extends ServerRules {
  readonly journal: RequestJournal;
  readonly onRequest: ((entry: JournalEntry) => void) | undefined;
  readonly log: MockLog;
  readonly cors: boolean;
  /** Larger request bodies are refused with 413 without being read. */
  readonly maxBodyBytes: number;
  /** Aborted when the server closes, to cut pending delays. */
  readonly closing: AbortSignal;
}

/**
 * The `node:http` request listener: parses the request, lets {@link decideAnswer} choose the
 * answer, serves any delay, sends (or drops), and journals the outcome.
 *
 * @example
 * const server = createServer(createRequestHandler(context));
 */
export function createRequestHandler(context: HandlerContext) {
  let nextId = 1;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const receivedAt = new Date().toISOString();
    const id = nextId++;
    const requestId = crypto.randomUUID();
    const method = (req.method ?? 'GET').toUpperCase();
    // HEAD is GET without the body (RFC 9110 §9.3.2); node:http leaves the body out by itself.
    const routeMethod = method === 'HEAD' ? 'GET' : method;
    const target = req.url ?? '/';
    const headers = flattenHeaders(req.headers);
    const record = (
      outcome: JournalEntry['outcome'],
      status: number,
      details: Pick<JournalEntry, 'apiKey' | 'scenario' | 'violations'> & { operationId?: string },
    ): void => {
      const entry: JournalEntry = {
        id,
        receivedAt,
        method,
        url: redactUrl(target),
        ...details,
        status,
        outcome,
        durationMs: performance.now() - started,
      };
      context.journal.add(entry);
      if (context.onRequest) notify(context.onRequest, entry, context.log);
      if (context.log.enabled('debug')) context.log('debug', formatJournalLine(entry), { entry });
    };
    const nothing = { apiKey: 'not-required', scenario: {}, violations: NO_VIOLATIONS } as const;

    try {
      await answer();
    } catch (error) {
      // A bug in the mock must not take the server down: answer 500, journal it, carry on.
      if (!res.headersSent && !res.destroyed) {
        const problem = mockProblem(500, 'Mock internal error', describe(error));
        sendAnswer(res, withRequestId(problem, requestId));
        record('answered', 500, nothing);
      } else {
        res.destroy();
        record('aborted', 0, nothing);
      }
    }

    async function answer(): Promise<void> {
      if (context.cors && applyCors(method, headers, res, requestId)) {
        return record('answered', 204, nothing);
      }

      const { path, query } = parseUrl(target);
      const body = await readBody(req, context.maxBodyBytes);
      if (body.kind === 'too-large') {
        // The rest of the body stays unread: close the connection once the 413 is out.
        res.shouldKeepAlive = false;
        res.once('finish', () => req.socket.destroySoon());
      }
      const operation = context.engine.find(routeMethod, path);
      const request = {
        method: routeMethod,
        path,
        query,
        headers,
        body: body.kind === 'json' || body.kind === 'text' ? body.value : null,
      };
      const decision = await decideAnswer(context, request, operation, body);
      const { outcome } = decision;
      const details = {
        ...(operation?.iid === undefined ? {} : { operationId: operation.iid }),
        apiKey: decision.apiKey,
        scenario: decision.scenario,
        violations: outcome === 'drop' ? NO_VIOLATIONS : outcome.violations,
      };

      if (decision.delayMs > 0) {
        try {
          await sleep(decision.delayMs, undefined, { signal: context.closing });
        } catch {
          // The server is closing: the connection is being cut anyway.
        }
      }
      if (res.destroyed || context.closing.aborted) return record('aborted', 0, details);
      if (outcome === 'drop') {
        // Destroying the socket without a response is what a crashed or overloaded upstream does;
        // clients see ECONNRESET / "socket hang up", which their retry code must handle.
        req.socket.destroy();
        return record('dropped', 0, details);
      }
      sendAnswer(res, withRequestId(outcome, requestId));
      record('answered', outcome.status, details);
    }
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      // Only a throwing journal could land here; the request itself was handled.
      context.log('error', `request handler failed: ${describe(error)}`);
    });
  };
}

const NO_VIOLATIONS: JournalEntry['violations'] = { request: [], response: [] };

function notify(listener: (entry: JournalEntry) => void, entry: JournalEntry, log: MockLog): void {
  try {
    listener(entry);
  } catch (error) {
    log('warn', `onRequest listener threw: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
