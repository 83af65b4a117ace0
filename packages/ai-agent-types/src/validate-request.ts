import {
  isSelfHostedAiAgentRequest,
  type ValidationProblem,
  validateSelfHostedAiAgentRequest,
} from './generated/validate-request.js';
import type { SelfHostedAiAgentRequest } from './types.js';

export type { ValidationProblem };

/** The outcome of {@link validateRequest}: the typed request, or every problem found. */
export type ValidationResult =
  | { readonly ok: true; readonly value: SelfHostedAiAgentRequest }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/**
 * Checks an already-parsed body against the spec's `SelfHostedAiAgentRequest` schema and returns
 * every problem with its path (not just the first). The validator is compiled from the same
 * schema as the types, at codegen time, so it has no runtime dependencies.
 *
 * @example
 * const result = validateRequest(JSON.parse(body));
 * if (!result.ok) console.log(result.problems.map(formatProblem)); // ['messages[2].timestamp must be a date-time string']
 * else console.log(result.value.messages.length);
 */
export function validateRequest(value: unknown): ValidationResult {
  // The boolean check allocates nothing, so valid requests (the common case) stay cheap.
  if (isSelfHostedAiAgentRequest(value)) {
    return { ok: true, value: value as SelfHostedAiAgentRequest };
  }
  return { ok: false, problems: validateSelfHostedAiAgentRequest(value) };
}

/**
 * Type guard form of {@link validateRequest}, for when you only need yes or no.
 *
 * @example
 * if (isValidRequest(body)) console.log(body.version);
 */
export function isValidRequest(value: unknown): value is SelfHostedAiAgentRequest {
  return isSelfHostedAiAgentRequest(value);
}

/**
 * One problem as a sentence: `messages[2].timestamp must be a date-time string`. A problem with the
 * body itself (empty path) reads `body must be an object`.
 *
 * @example
 * formatProblem({ path: 'version', message: 'is required' }); // 'version is required'
 */
export function formatProblem(problem: ValidationProblem): string {
  return `${problem.path === '' ? 'body' : problem.path} ${problem.message}`;
}
