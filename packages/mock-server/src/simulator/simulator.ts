import type { IHttpOperation } from '@stoplight/types';
import type { EngineAnswer, EngineRequest } from '../prism/engine.js';
import { apiKeyHeaderNames } from '../scenario/api-keys.js';
import { errorAnswer, successAnswer } from './answer.js';
import { BUILTIN_SEED } from './builtin-seed.js';
import { type Clock, systemClock } from './model/clock.js';
import type { Organization } from './model/organization.js';
import type { OrganizationState } from './model/records.js';
import { CaacMockSimulatorError } from './model/simulator-error.js';
import { OPERATION_HANDLERS } from './operations/index.js';
import type { OperationHandler, OperationId } from './operations/types.js';
import { Pager } from './pagination.js';
import { RequestCheck } from './request-check.js';
import { specDocument } from './spec-document.js';
import { Tenants } from './tenants.js';

export interface SimulatorOptions {
  /** The state every tenant starts from (already checked). Default: the built-in seed. */
  readonly seed?: OrganizationState;
  readonly clock?: Clock;
  /** Called after every write that changed a tenant (the state file listens). */
  readonly onChange?: () => void;
}

/** Operations that change nothing, so the state file is not rewritten after them. */
const READS = new Set<string>([
  'listChannelsV1',
  'listChannelsV2',
  'getMemberByExternalId',
  'getMemberById',
  'getMemberAssignment',
  'listMemberTags',
  'listTags',
  'getTeamByExternalId',
  'getTeamByIdV1',
  'getTeamByIdV2',
  'listTeams',
  'getUserByExternalId',
  'getUserByIdV1',
  'getUserByIdV2',
  'listUsers',
]);

/**
 * The stateful mode: answers the 34 platform operations from the organization of the request's
 * API key. Requests reach it only after faults, the API key check and `Prefer` were applied.
 *
 * @example
 * const simulator = new Simulator();
 * simulator.answer(operation, request); // { status: 200, body: { tags: [...] }, ... }
 */
export class Simulator {
  readonly tenants: Tenants;
  readonly #check = new RequestCheck(specDocument());
  readonly #pager = new Pager('caac-mock cursor');
  readonly #onChange: (() => void) | undefined;

  constructor(options: SimulatorOptions = {}) {
    this.tenants = new Tenants(options.seed ?? BUILTIN_SEED, options.clock ?? systemClock);
    this.#onChange = options.onChange;
  }

  /** The API key a request presents for an operation (the tenant it belongs to). */
  apiKeyOf(operation: IHttpOperation, headers: Record<string, string>): string | undefined {
    for (const name of apiKeyHeaderNames(operation)) {
      const value = headers[name];
      if (value) return value;
    }
    return undefined;
  }

  /** Whether the simulator models this operation (one of the 34 platform operations). */
  serves(operation: IHttpOperation): boolean {
    return operation.iid !== undefined && operation.iid in OPERATION_HANDLERS;
  }

  /** Answers one platform operation from the tenant's model; a refused request changes nothing. */
  answer(operation: IHttpOperation, request: EngineRequest): EngineAnswer {
    const operationId = operation.iid as OperationId | undefined;
    const handler = operationId ? OPERATION_HANDLERS[operationId] : undefined;
    if (!operationId || !handler) {
      return errorAnswer(404, `the simulator does not serve ${request.method} ${request.path}`);
    }
    const checked = this.#check.run(operationId, request.path, request.query, request.body);
    if (!checked.ok) {
      const [first] = checked.details;
      const more = checked.details.length > 1 ? ` (and ${checked.details.length - 1} more)` : '';
      return errorAnswer(
        checked.status,
        `request is invalid: ${first ? `${first.field} ${first.message}` : 'invalid'}${more}`,
        checked.details,
      );
    }
    // Without a key the operation is public in this spec: such requests share one tenant.
    const org = this.tenants.forKey(this.apiKeyOf(operation, request.headers) ?? '');
    try {
      const run = handler as OperationHandler<OperationId>;
      const result = run({ org, pager: this.#pager }, checked.input as never);
      if (!READS.has(operationId)) this.#onChange?.();
      return successAnswer(result.status, 'body' in result ? result.body : undefined);
    } catch (error) {
      if (!(error instanceof CaacMockSimulatorError)) throw error;
      return errorAnswer(statusFor(error, operation), error.detail, [
        { field: error.field ?? 'request', message: error.detail },
      ]);
    }
  }

  /** Puts the tenant of `apiKey` back to the seed; every tenant when no key is given. */
  reset(apiKey?: string): void {
    this.tenants.reset(apiKey);
    this.#onChange?.();
  }

  /** A deep copy of the tenant's state (the seed format). */
  snapshot(apiKey: string): OrganizationState {
    return this.tenants.snapshot(apiKey);
  }

  /** Replaces the tenant's state with a checked state; cursors handed out before become stale. */
  load(apiKey: string, state: OrganizationState): void {
    this.tenants.load(apiKey, state);
    this.#onChange?.();
  }

  /** The organization of an API key (for the programmatic API and the conversation loop). */
  organization(apiKey: string): Organization {
    return this.tenants.forKey(apiKey);
  }
}

function statusFor(error: CaacMockSimulatorError, operation: IHttpOperation): number {
  const declared = new Set(operation.responses.map((response) => response.code));
  if (error.kind === 'bad_request') return 400;
  if (error.kind === 'not_found' && declared.has('404')) return 404;
  return declared.has('422') ? 422 : 400;
}
