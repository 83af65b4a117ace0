import type { operations } from './generated/caac.js';
import type { OperationId } from './generated/operations.js';
import type { CaacRequestOptions } from './options.js';
import type { CaacPromise } from './with-response.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
// `unknown` is the identity of `&`, so a missing part simply disappears from the intersection.
type NeverToEmpty<T> = [T] extends [never] ? unknown : T;
type Part<P, K extends string> = P extends { [Key in K]?: infer V }
  ? NeverToEmpty<NonNullable<V>>
  : unknown;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
type Parameters_<Id extends OperationId> = operations[Id]['parameters'];
type Responses<Id extends OperationId> = operations[Id]['responses'];

/**
 * The single params object of a resource method: path parameters, query parameters and JSON body
 * fields side by side (the spec guarantees their names never collide).
 * @example const input: CaacInput<'updateTag'> = { tag_id: 1, name: 'VIP' };
 */
export type CaacInput<Id extends OperationId> = Flatten<
  Part<Parameters_<Id>, 'path'> &
    Part<Parameters_<Id>, 'query'> &
    NeverToEmpty<Json<NonNullable<operations[Id]['requestBody']>>>
>;

/**
 * What a resource method resolves to: the success body, or `undefined` for a 204.
 * @example const tag: CaacOutput<'createTag'> = await client.tags.create({ name: 'VIP' });
 */
export type CaacOutput<Id extends OperationId> = [
  Json<Responses<Id>[Extract<keyof Responses<Id>, 200 | 201 | 202 | 204>]>,
] extends [never]
  ? undefined
  : Json<Responses<Id>[Extract<keyof Responses<Id>, 200 | 201 | 202 | 204>]>;

/** Params are optional exactly when every field is. */
export type CaacArgs<Input, Options> =
  Record<never, never> extends Input
    ? [params?: Input, options?: Options]
    : [params: Input, options?: Options];

/**
 * A resource method: one typed params object plus per-call options; resolves to the parsed body
 * and throws `CaacApiError` subclasses for non-2xx answers; `.withResponse()` adds the `Response`.
 */
export type CaacMethod<Id extends OperationId> = (
  ...args: CaacArgs<CaacInput<Id>, CaacRequestOptions>
) => CaacPromise<CaacOutput<Id>>;
