import type { ValidateFunction } from 'ajv';
import { OperationIndex } from '../../../src/prism/operation-index.js';
import { type OpenApiOperation, specDocument } from '../../../src/simulator/spec-document.js';
import { bundledSpecPath } from '../../../src/spec/bundled-spec.js';
import { loadOperations } from '../../../src/spec/load-operations.js';

interface ResponseSpec {
  readonly $ref?: string;
  readonly headers?: Record<string, unknown>;
  readonly content?: Record<string, { schema?: object }>;
}

const compiled = new Map<string, ValidateFunction>();
let index: OperationIndex | undefined;

/** Every problem of one answer against the spec: undeclared status, missing header, invalid body. */
export async function specProblems(
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: unknown,
): Promise<string[]> {
  index ??= new OperationIndex(await loadOperations(bundledSpecPath('caac')));
  const operation = index.find(method, path);
  if (!operation?.iid) return [`${method} ${path} is not an operation of the spec`];
  const spec = specDocument();
  const { operation: raw } = spec.operation(operation.iid) as { operation: OpenApiOperation };
  const declared = raw.responses[String(status)];
  if (!declared) return [`${operation.iid} does not declare status ${status}`];
  const response = spec.resolve<ResponseSpec>(declared);
  const problems: string[] = [];
  for (const name of Object.keys(response.headers ?? {})) {
    if (!headers.has(name)) problems.push(`${operation.iid} ${status}: header ${name} is missing`);
  }
  const schema = response.content?.['application/json']?.schema;
  if (!schema) {
    if (body !== undefined)
      problems.push(`${operation.iid} ${status}: a body where the spec has none`);
    return problems;
  }
  const key = `${operation.iid} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const rewritten = JSON.parse(
      JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"caac.openapi.json#/'),
    ) as object;
    validate = spec.compile(rewritten);
    compiled.set(key, validate);
  }
  if (!validate(body)) {
    problems.push(
      `${key}: ${spec.ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  if (status >= 400) {
    const requestId = (body as { request_id?: string }).request_id;
    if (requestId !== headers.get('x-request-id')) {
      problems.push(`${key}: body request_id ${requestId} differs from X-Request-Id`);
    }
  }
  return problems;
}

/** Counts what the checking fetch saw, so a test can prove it validated something. */
export interface SpecCheckStats {
  checked: number;
}

/**
 * A `fetch` that checks every CAAC answer against the spec and throws on the first problem, so
 * every stateful response a test receives is proven spec-valid. Control routes pass unchecked.
 *
 * @example
 * const fetchChecked = specValidFetch(stats);
 * createCaacClient({ apiKey, baseUrl: mock.url, fetch: fetchChecked });
 */
export function specValidFetch(stats: SpecCheckStats = { checked: 0 }) {
  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/caac/')) return response;
    const text = await response.clone().text();
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    const problems = await specProblems(
      request.method,
      url.pathname,
      response.status,
      response.headers,
      body,
    );
    if (problems.length > 0)
      throw new Error(`answer not valid against the spec:\n${problems.join('\n')}`);
    stats.checked += 1;
    return response;
  };
}
