import type { IPrismDiagnostic } from '@stoplight/prism-core';

/** One finding of Prism's request or response validation. */
export interface Violation {
  /** Where: `request`/`response` first, then the path inside it, e.g. `['request', 'body', 'name']`. */
  readonly location: readonly string[];
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  /** Prism's or ajv's code for the rule, e.g. `required` or `401`. */
  readonly code: string;
  readonly message: string;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/** Converts Prism's diagnostics (numeric severity, optional path) into plain violations. */
export function toViolations(
  side: 'request' | 'response',
  diagnostics: readonly IPrismDiagnostic[],
): Violation[] {
  return diagnostics.map((diagnostic) => ({
    location: [side, ...(diagnostic.path ?? [])],
    severity: SEVERITIES[diagnostic.severity] ?? 'error',
    code: String(diagnostic.code ?? ''),
    message: diagnostic.message,
  }));
}
