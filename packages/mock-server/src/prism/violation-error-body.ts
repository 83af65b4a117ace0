import type { Violation } from './violations.js';

/** The spec's `Error` schema, as the mock fills it in for a request it rejects. */
export interface ViolationErrorBody {
  readonly code: string;
  readonly message: string;
  readonly request_id: string;
  readonly details: readonly { readonly field: string; readonly message: string }[];
}

/**
 * Prism answers an invalid request with the documented 400/422 example, whose details describe
 * some other request. Partners debugging their calls need the real problems, so the mock rewrites
 * the body with what was actually wrong, still in the spec's `Error` shape.
 *
 * @example
 * violationErrorBody(422, [{ location: ['request', 'body', 'name'], severity: 'error', code: 'type', message: 'must be string' }]);
 * // { code: 'validation_failed', message: 'request is invalid: must be string', details: [{ field: 'body.name', … }], … }
 */
export function violationErrorBody(
  status: number,
  violations: readonly Violation[],
): ViolationErrorBody | undefined {
  const errors = violations.filter((v) => v.severity === 'error');
  if (errors.length === 0 || (status !== 400 && status !== 422)) return undefined;
  const details = errors.map((v) => ({ field: fieldOf(v), message: v.message }));
  // Prism's messages already name the location ("Request body property name must be string").
  const summary = details[0]?.message ?? 'invalid request';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return {
    code: status === 422 ? 'validation_failed' : 'bad_request',
    message: `request is invalid: ${summary}${more}`,
    request_id: crypto.randomUUID(),
    details,
  };
}

/** `['request', 'body', 'messages', '2']` → `body.messages[2]`; the side is implied. */
function fieldOf(violation: Violation): string {
  const parts =
    violation.location[0] === 'request' ? violation.location.slice(1) : violation.location;
  let field = '';
  for (const part of parts) field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
  return field || 'request';
}
