/**
 * Why the model refused an action. `not_found` is an id in the path that does not exist;
 * `invalid` is a request that names something that does not exist or breaks a rule;
 * `bad_request` is a malformed parameter (a forged or stale cursor).
 */
export type SimulatorErrorKind = 'not_found' | 'invalid' | 'bad_request';

/**
 * A refusal of the model, with a message that names the ids involved. Operations turn it into
 * the spec's Error answer (404, 422, or 400); the model itself knows nothing of HTTP.
 *
 * @example
 * throw new SimulatorError('not_found', 'tag 42 does not exist', 'tag_id');
 */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
  constructor(
    readonly kind: SimulatorErrorKind,
    message: string,
    /** The request field the problem is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: number | string, field?: string): SimulatorError {
  return new SimulatorError('not_found', `${what} ${JSON.stringify(id)} does not exist`, field);
}

export function invalid(message: string, field?: string): SimulatorError {
  return new SimulatorError('invalid', message, field);
}

export function badRequest(message: string, field?: string): SimulatorError {
  return new SimulatorError('bad_request', message, field);
}
