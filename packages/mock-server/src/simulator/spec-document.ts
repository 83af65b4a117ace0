import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CaacMockSpecError } from '../errors.js';
import { bundledSpecPath } from '../spec/bundled-spec.js';

/** The parts of an OpenAPI document the simulator reads. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components: Record<string, Record<string, unknown>>;
}

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: object;
  readonly $ref?: string;
}

export interface OpenApiOperation {
  readonly operationId?: string;
  readonly parameters?: OpenApiParameter[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content?: Record<string, { schema?: object }>;
  };
  readonly responses: Record<
    string,
    { $ref?: string; content?: Record<string, { schema?: object }> }
  >;
}

const SPEC_ID = 'caac.openapi.json';

/**
 * The bundled CAAC document with an Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) that knows
 * all its components, so the simulator checks requests without Prism and tests check answers.
 *
 * @example
 * const spec = specDocument();
 * spec.compile({ $ref: 'caac.openapi.json#/components/schemas/Tag' })({ id: 1 }); // true
 */
export class SpecDocument {
  readonly ajv: Ajv2020;

  constructor(readonly document: OpenApiDocument) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      coerceTypes: false,
      validateFormats: true,
      // Only the bundled spec (checked by the spec lint in CI) is added: checking the whole
      // document against the meta-schema again cost about 0.1 s per Ajv at the first request.
      validateSchema: false,
    });
    addFormats.default(this.ajv);
    this.ajv.addSchema(document as object, SPEC_ID);
  }

  compile(schema: object, options: { coerce?: boolean } = {}): ValidateFunction {
    return options.coerce ? this.#coercing().compile(schema) : this.ajv.compile(schema);
  }

  /** A `$ref` into the document, usable inside schemas given to {@link compile}. */
  ref(pointer: string): { $ref: string } {
    return { $ref: `${SPEC_ID}${pointer}` };
  }

  /** Follows a local `$ref` (one hop chain) inside the document. */
  resolve<T>(value: T | { $ref: string }): T {
    let current: unknown = value;
    for (let hops = 0; hops < 8; hops++) {
      if (typeof current !== 'object' || current === null || !('$ref' in current)) break;
      const pointer = String((current as { $ref: string }).$ref).replace(/^#\//, '');
      current = pointer
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], this.document);
    }
    return current as T;
  }

  /** The operation with this id, with its method and path. */
  operation(operationId: string): { method: string; path: string; operation: OpenApiOperation } {
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation.operationId === operationId) return { method, path, operation };
      }
    }
    throw new CaacMockSpecError(`operation ${operationId} is not in the spec`);
  }

  #coercingAjv: Ajv2020 | undefined;
  #coercing(): Ajv2020 {
    if (!this.#coercingAjv) {
      this.#coercingAjv = new Ajv2020({
        strict: false,
        allErrors: true,
        coerceTypes: true,
        validateSchema: false,
      });
      addFormats.default(this.#coercingAjv);
      this.#coercingAjv.addSchema(this.document as object, SPEC_ID);
    }
    return this.#coercingAjv;
  }
}

let bundled: SpecDocument | undefined;

/** The bundled CAAC spec, loaded once per process. */
export function specDocument(): SpecDocument {
  bundled ??= new SpecDocument(
    JSON.parse(readFileSync(bundledSpecPath('caac'), 'utf8')) as OpenApiDocument,
  );
  return bundled;
}

/** Ajv's errors as `{ field, message }`, fields written `body.assignment_relationship.user_id`. */
export function ajvDetails(
  errors: readonly ErrorObject[] | null | undefined,
  root: string,
): { field: string; message: string }[] {
  return (errors ?? []).map((error) => {
    const pointer = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const missing =
      error.keyword === 'required'
        ? [(error.params as { missingProperty: string }).missingProperty]
        : [];
    const parts = [...pointer, ...missing];
    let field = root;
    for (const part of parts) field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
    const message =
      error.keyword === 'additionalProperties'
        ? `must not have property ${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)}`
        : (error.message ?? 'is invalid');
    return { field: field || 'request', message };
  });
}
