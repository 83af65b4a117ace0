// `@caac/client`: everything in `@caac/client/core` plus resource methods and pagination.
export { type CaacClient, createCaacClient } from './client.js';
export * from './core.js';
export {
  CaacApiError,
  type CaacApiErrorInit,
  CaacAuthenticationError,
  CaacBadRequestError,
  CaacConflictError,
  CaacInternalServerError,
  CaacNotFoundError,
  CaacPermissionDeniedError,
  CaacRateLimitError,
  CaacUnprocessableEntityError,
} from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { CaacArgs, CaacInput, CaacMethod, CaacOutput } from './operation-types.js';
export { type CaacPaginator, DEFAULT_MAX_PAGES } from './pagination.js';
export {
  type CaacListItem,
  type CaacListMethod,
  type CaacListOptions,
  type CaacResources,
  RESOURCES,
} from './resources.js';
