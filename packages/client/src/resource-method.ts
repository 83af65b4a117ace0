import type { OperationId } from './generated/operations.js';
import { RESOURCES } from './resources.js';

/** Where an operation lives on the client: `[group, method]`, e.g. `['tags', 'create']`. */
export type CaacResourceMethodRef = readonly [group: string, method: string];

let byOperation: Map<string, CaacResourceMethodRef> | undefined;

/**
 * The resource method that sends an operation, for code that is driven by operationIds (LLM tools,
 * generic adapters) but wants the same path, retries and pagination as hand-written calls. Every one
 * of the 34 operations has exactly one.
 * @example
 * const [group, method] = resourceMethodOf('createTag'); // ['tags', 'create']
 */
export function resourceMethodOf(operationId: OperationId): CaacResourceMethodRef {
  if (!byOperation) {
    byOperation = new Map();
    for (const [group, methods] of Object.entries(RESOURCES)) {
      for (const [method, entry] of Object.entries(methods)) {
        byOperation.set(typeof entry === 'string' ? entry : entry[0], [group, method]);
      }
    }
  }
  const found = byOperation.get(operationId);
  if (!found) throw new TypeError(`[@caac/client] no resource method sends "${operationId}"`);
  return found;
}
