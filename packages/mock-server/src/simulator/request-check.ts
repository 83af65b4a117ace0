import type { ValidateFunction } from 'ajv';
import type { OperationId } from './operations/types.js';
import { ajvDetails, type OpenApiParameter, type SpecDocument } from './spec-document.js';

/** A request that passed the spec's checks, with path and query values coerced to their types. */
export interface CheckedInput {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
}

export type CheckResult =
  | { readonly ok: true; readonly input: CheckedInput }
  | {
      readonly ok: false;
      readonly status: 400 | 422;
      readonly details: { field: string; message: string }[];
    };

interface CompiledCheck {
  readonly params: ValidateFunction;
  readonly body: ValidateFunction | undefined;
  readonly bodyRequired: boolean;
  readonly bodyStatus: 400 | 422;
  readonly pathNames: readonly string[];
  readonly pattern: RegExp;
}

/**
 * Checks a request's path and query parameters and its JSON body against its operation in the
 * spec, with Ajv compiled once per operation (the simulator's hot path never enters Prism).
 * Parameters answer 400, bodies 422 (or 400 when the operation declares no 422), with one detail
 * per problem.
 *
 * @example
 * const check = new RequestCheck(specDocument());
 * check.run('createTag', '/caac/v1/tags', {}, { name: 1 }); // { ok: false, status: 422, details: [{ field: 'body.name', … }] }
 */
export class RequestCheck {
  readonly #compiled = new Map<string, CompiledCheck>();

  constructor(private readonly spec: SpecDocument) {}

  run(
    operationId: OperationId,
    path: string,
    query: Record<string, string | string[]>,
    body: unknown,
  ): CheckResult {
    const check = this.#compile(operationId);
    const match = check.pattern.exec(path);
    const pathValues: Record<string, unknown> = {};
    check.pathNames.forEach((name, i) => {
      pathValues[name] = decodeSegment(match?.[i + 1] ?? '');
    });
    const params = { path: pathValues, query: { ...query } };
    if (!check.params(params)) {
      return { ok: false, status: 400, details: ajvDetails(check.params.errors, '') };
    }
    if (check.body) {
      if (body === null || body === undefined) {
        if (check.bodyRequired) {
          return {
            ok: false,
            status: check.bodyStatus,
            details: [{ field: 'body', message: 'a JSON request body is required' }],
          };
        }
      } else if (!check.body(body)) {
        return {
          ok: false,
          status: check.bodyStatus,
          details: ajvDetails(check.body.errors, 'body'),
        };
      }
    }
    return { ok: true, input: { path: params.path, query: params.query, body: body ?? undefined } };
  }

  #compile(operationId: OperationId): CompiledCheck {
    const known = this.#compiled.get(operationId);
    if (known) return known;
    const { path, operation } = this.spec.operation(operationId);
    const parameters = (operation.parameters ?? []).map((p) =>
      this.spec.resolve<OpenApiParameter>(p),
    );
    const group = (where: 'path' | 'query') => {
      const own = parameters.filter((p) => p.in === where);
      return {
        type: 'object',
        properties: Object.fromEntries(own.map((p) => [p.name, rewriteRefs(p.schema ?? {})])),
        required: own.filter((p) => p.required).map((p) => p.name),
      };
    };
    const params = this.spec.compile(
      { type: 'object', properties: { path: group('path'), query: group('query') } },
      { coerce: true },
    );
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    const pathNames = [...path.matchAll(/{([^}]+)}/g)].map((m) => m[1] as string);
    const compiled: CompiledCheck = {
      params,
      body: bodySchema ? this.spec.compile(rewriteRefs(bodySchema)) : undefined,
      bodyRequired: operation.requestBody?.required === true,
      bodyStatus: '422' in operation.responses ? 422 : 400,
      pathNames,
      pattern: new RegExp(`^${path.replace(/{[^}]+}/g, '([^/]+)')}$`),
    };
    this.#compiled.set(operationId, compiled);
    return compiled;
  }
}

/** Local `#/components/...` refs of a schema taken out of the document point into the document. */
function rewriteRefs(schema: object): object {
  return JSON.parse(
    JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"caac.openapi.json#/'),
  ) as object;
}

/** A path segment, percent-decoded; broken encoding stays as sent, so the schema check rejects it. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
