import type { IHttpOperation } from '@stoplight/types';
import { mockError } from './http/mock-error.js';
import { mockProblem } from './http/mock-problem.js';
import { forPrism } from './http/prism-request.js';
import type { RequestBody } from './http/read-request-body.js';
import { requestProblem } from './http/request-problems.js';
import type { ApiKeyVerdict, JournalEntry } from './journal/journal.js';
import type { Engine, EngineAnswer, EngineRequest } from './prism/engine.js';
import { apiKeyVerdict } from './scenario/api-keys.js';
import { type Controls, readControls } from './scenario/controls.js';
import type { FaultBudget } from './scenario/fault-budget.js';
import { pageExample } from './scenario/pagination.js';
import { parsePreferences, unknownExample } from './scenario/prefer.js';
import type { StatefulMode } from './simulator/stateful-mode.js';

/** What stays the same for every request of one server. */
export interface ServerRules {
  readonly engine: Engine;
  readonly defaults: Controls;
  readonly budget: FaultBudget;
  readonly validKeys: ReadonlySet<string>;
  /** The stateful simulator, when the server runs with `stateful: true`. */
  readonly stateful?: StatefulMode | undefined;
}

/** The mock's decision for one request, before any delay is served. */
export interface Decision {
  /** The answer to send, or `drop` to destroy the connection. */
  readonly outcome: EngineAnswer | 'drop';
  readonly delayMs: number;
  readonly apiKey: ApiKeyVerdict;
  readonly scenario: JournalEntry['scenario'];
}

/**
 * Decides how to answer one request, in the order a real gateway and API would: a malformed
 * control header, then an injected fault, then the API key, then a malformed request (size,
 * path, `Accept`, `Content-Type`, JSON), then Prism with the request's `Prefer` choices (and
 * `lastPage` for a continued list).
 *
 * @example
 * const { outcome, delayMs } = await decideAnswer(rules, request, operation, body);
 */
export async function decideAnswer(
  rules: ServerRules,
  request: EngineRequest,
  operation: IHttpOperation | undefined,
  body: RequestBody,
): Promise<Decision> {
  const { engine } = rules;
  const controls = readControls(request.headers, rules.defaults);
  // Judged even when something else answers, so the journal always tells what the key was.
  const apiKey = operation
    ? apiKeyVerdict(operation, request.headers, rules.validKeys)
    : 'not-required';
  if (!controls.ok) {
    return {
      outcome: mockProblem(422, 'Invalid mock control', controls.error),
      delayMs: 0,
      apiKey,
      scenario: {},
    };
  }
  const { delayMs, fault } = controls.value;
  const base = { delayMs, apiKey };
  const delayed = delayMs > 0 ? { delayMs } : {};

  if (
    fault &&
    rules.budget.shouldFire(fault, `${request.method} ${operation?.path ?? request.path}`)
  ) {
    const scenario = { ...delayed, fault: fault.source };
    if (fault.kind === 'drop') return { ...base, outcome: 'drop', scenario };
    const outcome = await mockError(engine, request, {
      status: fault.status,
      message: `${fault.status} injected by X-Caac-Mock-Fault`,
      ...retryAfterFor(fault.status, fault.retryAfter),
    });
    return { ...base, outcome, scenario };
  }

  if (apiKey === 'missing' || apiKey === 'unknown') {
    const message = apiKey === 'missing' ? 'missing apikey header' : 'unknown API key';
    const outcome = await mockError(engine, request, { status: 401, message });
    return { ...base, outcome, scenario: delayed };
  }
  const problem = requestProblem(operation, { path: request.path, headers: request.headers, body });
  if (problem) {
    const outcome = await mockError(engine, request, problem);
    return { ...base, outcome, scenario: delayed };
  }

  const preferences = parsePreferences(request.headers.prefer, request.query);
  const badExample = preferences.ok && operation && unknownExample(operation, preferences.value);
  if (!preferences.ok || badExample) {
    const error = preferences.ok ? String(badExample) : preferences.error;
    const outcome = mockProblem(422, 'Invalid Prefer header', error);
    return { ...base, outcome, scenario: delayed };
  }
  const { code, dynamic, seed, example } = preferences.value;
  // Stateful mode answers unless `Prefer` asked for a spec example, status or dynamic data.
  const simulated = rules.stateful?.answer(request, operation, preferences.value);
  if (simulated) return { ...base, outcome: simulated, scenario: delayed };
  const exampleKey =
    example ?? (operation ? pageExample(operation, request.query, preferences.value) : undefined);
  const outcome = await engine.answer(forPrism(request, operation), {
    code,
    exampleKey,
    dynamic,
    seed,
  });
  const scenario = {
    ...delayed,
    ...(code === undefined ? {} : { code }),
    ...(exampleKey === undefined ? {} : { example: exampleKey }),
    ...(dynamic === undefined ? {} : { dynamic }),
  };
  return { ...base, outcome, scenario };
}

/** 429 and 503 always carry Retry-After; 1 s by default keeps retry tests fast. */
function retryAfterFor(status: number, retryAfter: number | undefined): { retryAfter?: number } {
  if (retryAfter !== undefined) return { retryAfter };
  return status === 429 || status === 503 ? { retryAfter: 1 } : {};
}
