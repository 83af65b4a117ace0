import type { EngineAnswer, EngineRequest } from '../prism/engine.js';
import { controlAnswer } from './answer.js';
import type { OrganizationState } from './model/records.js';
import { CaacMockSimulatorError } from './model/simulator-error.js';
import { checkSeed, seedJsonSchema } from './seed.js';
import type { Simulator } from './simulator.js';

/** Where the control plane lives: outside `/caac/`, so it can never clash with a CAAC route. */
export const CONTROL_PREFIX = '/__caac-mock';

/**
 * The simulator's control plane, for test set-up and inspection (documented in the README):
 * - `POST /__caac-mock/reset`: the tenant of the `apikey` header back to its seed (all tenants
 *   when the request has no key) → 204
 * - `GET /__caac-mock/snapshot`: the tenant's state → 200 JSON
 * - `PUT /__caac-mock/snapshot`: replace the tenant's state (checked against the seed schema) → 204
 * - `GET /__caac-mock/seed-schema`: the JSON Schema of seeds and snapshots → 200
 * Errors are RFC 7807 problem documents: it is the mock talking, not CAAC.
 *
 * @example
 * await fetch(`${mock.url}/__caac-mock/reset`, { method: 'POST', headers: { apikey: 'test-key' } });
 */
export function answerControl(
  simulator: Simulator,
  request: EngineRequest,
  validKeys: ReadonlySet<string>,
): EngineAnswer | undefined {
  if (!request.path.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  const route = `${request.method.toUpperCase()} ${request.path.slice(CONTROL_PREFIX.length)}`;
  const key = request.headers.apikey || undefined;
  if (key !== undefined && validKeys.size > 0 && !validKeys.has(key)) {
    return problem(401, 'Unknown API key', 'the apikey header names no tenant of this mock');
  }
  const needKey = (): string => {
    if (key === undefined)
      throw new ControlError(401, 'Missing API key', "send the tenant's key in the apikey header");
    return key;
  };
  try {
    switch (route) {
      case 'POST /reset':
        simulator.reset(key);
        return controlAnswer(204);
      case 'GET /snapshot':
        return controlAnswer(200, simulator.snapshot(needKey()));
      case 'PUT /snapshot':
      case 'POST /load': {
        const tenantKey = needKey();
        const checked = checkSeed(request.body);
        if (!checked.ok) {
          return problem(422, 'Invalid snapshot', checked.errors.join('; '), {
            errors: checked.errors,
          });
        }
        simulator.load(tenantKey, checked.state);
        return controlAnswer(204);
      }
      case 'GET /seed-schema':
        return controlAnswer(200, seedJsonSchema());
      default:
        return problem(
          404,
          'Unknown control route',
          `${route.trim()} is not a control route; see GET/PUT ${CONTROL_PREFIX}/snapshot, POST ${CONTROL_PREFIX}/reset, GET ${CONTROL_PREFIX}/seed-schema`,
        );
    }
  } catch (error) {
    if (error instanceof ControlError) return problem(error.status, error.title, error.message);
    if (error instanceof CaacMockSimulatorError)
      return problem(422, 'Invalid snapshot', error.detail);
    throw error;
  }
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): EngineAnswer {
  return {
    ...controlAnswer(status, {
      type: 'https://github.com/cresclab/caac-sdk/tree/main/packages/mock-server#control-plane',
      title,
      status,
      detail,
      ...extra,
    }),
    headers: { 'content-type': 'application/problem+json' },
  };
}

export type { OrganizationState };
