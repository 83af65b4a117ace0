import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundledSpecPath } from '../../src/spec/bundled-spec.js';

type Node = Record<string, unknown>;

/** One parameter of an operation, with the example a valid request uses. */
export interface SpecParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly type: string | undefined;
  readonly example: string;
}

/** One operation of the bundled spec, as the fuzz test needs it. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly parameters: readonly SpecParameter[];
  /** A valid JSON body (the first request example), when the operation takes one. */
  readonly body: string | undefined;
  /** Declared statuses; each with a validator for its JSON body, or `null` when it has none. */
  readonly responses: ReadonlyMap<string, ValidateFunction | null>;
}

/**
 * Every operation of the bundled CAAC spec with its parameters, a valid body and a validator
 * for each declared response, compiled from the spec itself (JSON Schema 2020-12, formats on).
 *
 * @example
 * const ops = specOperations();
 * ops[0].responses.get('200')?.(body);
 */
export function specOperations(): SpecOperation[] {
  const spec = JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as Node;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...(spec as object), $id: 'caac-spec' });
  const resolve = (node: unknown): Node => {
    let current = node as Node;
    while (typeof current?.$ref === 'string') current = at(spec, current.$ref as string);
    return current;
  };
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Node>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = item[method] as Node | undefined;
      if (!operation) continue;
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ]
        .map(resolve)
        .map((p) => {
          const schema = resolve(p.schema);
          const type = Array.isArray(schema.type)
            ? String(schema.type[0])
            : (schema.type as string);
          return {
            name: String(p.name),
            in: p.in as SpecParameter['in'],
            required: p.required === true,
            type,
            example: String(p.example ?? (type === 'integer' ? 1 : 'x')),
          };
        });
      const requestBody = operation.requestBody ? resolve(operation.requestBody) : undefined;
      const json = (requestBody?.content as Node | undefined)?.['application/json'] as
        | Node
        | undefined;
      const firstExample = Object.values((json?.examples as Node | undefined) ?? {})[0];
      const body =
        firstExample === undefined ? undefined : JSON.stringify(resolve(firstExample).value);
      const responses = new Map<string, ValidateFunction | null>();
      for (const [status, response] of Object.entries(operation.responses as Node)) {
        const content = (resolve(response).content as Node | undefined)?.['application/json'];
        if (!content) {
          responses.set(status, null);
          continue;
        }
        const pointer = `#/paths/${escapePointer(template)}/${method}/responses/${status}`;
        const base = (response as Node).$ref ? String((response as Node).$ref) : pointer;
        const schemaPointer = `${base}/content/application~1json/schema`;
        const validate = ajv.getSchema(`caac-spec${schemaPointer}`);
        if (!validate) throw new Error(`no schema at ${schemaPointer}`);
        responses.set(status, validate);
      }
      operations.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        template,
        parameters,
        body,
        responses,
      });
    }
  }
  return operations;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function at(spec: Node, pointer: string): Node {
  return pointer
    .slice(2)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Node)[key], spec) as Node;
}
