import { CaacMockError } from '../../errors.js';

/**
 * Why the model refused an action. `not_found` is an id in the path that does not exist;
 * `invalid` is a request that names something that does not exist or breaks a rule;
 * `bad_request` is a malformed parameter (a forged or stale cursor).
 */
export type SimulatorErrorKind = 'not_found' | 'invalid' | 'bad_request';

/**
 * A refusal of the model, with a message that names the ids involved. Operations turn it into
 * the spec's Error answer (404, 422, or 400) with {@link CaacMockError.detail} as its message;
 * the model itself knows nothing of HTTP.
 *
 * @example
 * throw new CaacMockSimulatorError('not_found', 'tag 42 does not exist', 'tag_id');
 */
export class CaacMockSimulatorError extends CaacMockError {
  override readonly name: string = 'CaacMockSimulatorError';
  constructor(
    readonly kind: SimulatorErrorKind,
    message: string,
    /** The request field the problem is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export function notFound(
  what: string,
  id: number | string,
  field?: string,
): CaacMockSimulatorError {
  return new CaacMockSimulatorError(
    'not_found',
    `${what} ${JSON.stringify(id)} does not exist`,
    field,
  );
}

export function invalid(message: string, field?: string): CaacMockSimulatorError {
  return new CaacMockSimulatorError('invalid', message, field);
}

export function badRequest(message: string, field?: string): CaacMockSimulatorError {
  return new CaacMockSimulatorError('bad_request', message, field);
}
