/** A JSON Schema object, as function-calling APIs and MCP take it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * One CAAC platform operation as an LLM tool, generated from the spec (`pnpm generate`).
 * @example const tool = getToolDefinition('caac_list_tags'); tool.inputSchema; tool.readOnly; // true
 */
export interface CaacToolDefinition<Name extends string = string> {
  /** Stable snake_case name (≤ 64 characters): `caac_` + the operationId. */
  readonly name: Name;
  /** operationId in the spec, e.g. `listTags`. */
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Route template, e.g. `/caac/v1/tags/{tag_id}`. */
  readonly path: string;
  /** Section of the reference: `Tags Management`, `Teams Management`, … */
  readonly tag: string;
  /** What the tool does, from the reference's text. */
  readonly description: string;
  /** Changes nothing (GET). */
  readonly readOnly: boolean;
  /** Deletes or overwrites data (DELETE, PUT, PATCH). */
  readonly destructive: boolean;
  /** Calling it twice with the same input has the effect of calling it once. */
  readonly idempotent: boolean;
  /** A v2 list: answers one page and takes `cursor` for the next. */
  readonly paginated: boolean;
  /** Path, query and body fields in one object, with required flags and descriptions. */
  readonly inputSchema: JsonSchema;
  /** Schema of the success answer; null when the API answers 204 No Content. */
  readonly outputSchema: JsonSchema | null;
}
