import * as validators from './generated/validate-input.js';
import type { CaacToolInputProblem } from './result.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const byName = validators as unknown as Record<string, Validate | undefined>;

/**
 * Every problem of `input` against the tool's input schema (empty when valid), each with the
 * path of the field. Uses the validators compiled from the spec at build time: no code is
 * compiled at run time, so it works where `eval` is forbidden (edge runtimes).
 * @example validateToolInput('caac_create_tag', {}) // → [{ path: 'name', message: 'is required' }]
 */
export function validateToolInput(name: string, input: unknown): CaacToolInputProblem[] {
  const validate = byName[name];
  if (!validate) throw new Error(`[@caac/tools] no validator for tool "${name}"`);
  if (validate(input)) return [];
  const errors = validate.errors ?? [];
  // A failed `anyOf` reports each branch's own complaint too ("must be null" beside "must be
  // object"); keep the summary and the deeper problems, drop those branch-level repeats.
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems: CaacToolInputProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (
      error.keyword !== 'anyOf' &&
      anyOfAt.has(error.instancePath) &&
      error.schemaPath.includes('/anyOf/')
    )
      continue;
    const problem = describe(error);
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function describe(error: AjvError): CaacToolInputProblem {
  const base = pointerToPath(error.instancePath);
  const child = (key: unknown) => (base ? `${base}.${String(key)}` : String(key));
  switch (error.keyword) {
    case 'required':
      return { path: child(error.params.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return {
        path: child(error.params.additionalProperty),
        message: 'is not a field here; remove it or check its spelling',
      };
    case 'enum':
      return {
        path: base,
        message: `must be one of ${JSON.stringify(error.params.allowedValues)}`,
      };
    case 'anyOf':
      return { path: base, message: 'matches none of the allowed shapes' };
    default:
      return { path: base, message: error.message ?? `fails "${error.keyword}"` };
  }
}

// `/assignment_relationship/member_id` → `assignment_relationship.member_id`; `/user_ids/0` → `user_ids[0]`.
function pointerToPath(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
  }
  return path;
}
