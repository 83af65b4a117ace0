// `@caac/client`: everything in `@caac/client/core` plus resource methods and pagination.
export { type CaacClient, createCaacClient } from './client.js';
export * from './core.js';
export {
  CaacApiError,
  type CaacApiErrorInit,
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacConflictError,
  type CaacErrorDetail,
  CaacInternalServerError,
  CaacNotFoundError,
  CaacPermissionDeniedError,
  CaacRateLimitError,
  CaacServiceUnavailableError,
  CaacUnprocessableEntityError,
} from './errors.js';
// The runtime table of every operation (method, route, parameter placement); `operations` is the
// generated type, re-exported from the core entry.
export { type OperationId, operations as CAAC_OPERATIONS } from './generated/operations.js';
export type { CaacArgs, CaacInput, CaacMethod, CaacOutput } from './operation-types.js';
export { type CaacPaginator, DEFAULT_MAX_PAGES } from './pagination.js';
export { type CaacResourceMethodRef, resourceMethodOf } from './resource-method.js';
export type {
  CaacListItem,
  CaacListMethod,
  CaacListOptions,
  CaacResources,
} from './resources.js';
export type { CaacPromise, CaacWithResponse } from './with-response.js';
