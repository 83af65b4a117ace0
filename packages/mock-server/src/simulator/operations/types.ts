import type { operations } from '@caac/client';
import type { Organization } from '../model/organization.js';
import type { Pager } from '../pagination.js';

/** The 34 platform operations (the AI agent webhook is not one the simulator answers). */
export type OperationId = Exclude<keyof operations, 'replyToConversation'>;

type Params<K extends OperationId> = operations[K]['parameters'];
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** A request after its parameters and body passed the spec's checks (numbers are numbers). */
export interface OperationInput<K extends OperationId> {
  readonly path: Params<K> extends { path: infer P } ? P : Record<string, never>;
  readonly query: Params<K> extends { query?: infer Q } ? NonNullable<Q> : Record<string, never>;
  readonly body: operations[K] extends { requestBody: infer B }
    ? JsonBody<B>
    : operations[K] extends { requestBody?: infer B }
      ? JsonBody<NonNullable<B>> | undefined
      : undefined;
}

/** A success answer shaped by the spec: the operation's 200 body, or 204 with none. */
export type OperationAnswer<K extends OperationId> = operations[K]['responses'] extends {
  200: infer R;
}
  ? { readonly status: 200; readonly body: JsonBody<R> }
  : { readonly status: 204 };

/** What every operation handler receives besides its input. */
export interface OperationContext {
  readonly org: Organization;
  readonly pager: Pager;
}

export type OperationHandler<K extends OperationId> = (
  context: OperationContext,
  input: OperationInput<K>,
) => OperationAnswer<K>;

/** One handler per operationId, checked against the generated operation types. */
export type OperationHandlers = { readonly [K in OperationId]: OperationHandler<K> };
