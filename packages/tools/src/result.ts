import type { CaacToolName } from './generated/tools.js';

/** One reason a tool input was refused. `path` is like `assignment_relationship.member_id` ("" is the input itself). */
export interface CaacToolInputProblem {
  readonly path: string;
  readonly message: string;
}

/** What went wrong, in terms a model can act on. Never holds the API key or the raw error. */
export interface CaacToolError {
  /**
   * `invalid_input` and `unknown_tool`: nothing was sent. `api_error`: CAAC answered non-2xx.
   * `timeout`, `connection`, `aborted`: no answer. `client_error`: the client refused the call.
   */
  readonly kind:
    | 'invalid_input'
    | 'unknown_tool'
    | 'api_error'
    | 'timeout'
    | 'connection'
    | 'aborted'
    | 'client_error';
  readonly message: string;
  /** What to do next, written for the model. */
  readonly hint: string;
  /** HTTP status of an `api_error`. */
  readonly status?: number;
  /** Machine-readable `code` from CAAC's error body. */
  readonly code?: string;
  /** `X-Request-Id` of the failed call: quote it to CAAC support. */
  readonly requestId?: string;
  /** Every problem of an `invalid_input`, with its path. */
  readonly problems?: readonly CaacToolInputProblem[];
}

/**
 * What `executeTool` resolves to: plain JSON, ready to hand back to a model. It never rejects.
 * @example const result = await executeTool('caac_list_tags', {}, { client }); if (result.ok) result.data;
 */
export type CaacToolResult =
  | { readonly ok: true; readonly tool: CaacToolName; readonly data: unknown }
  | { readonly ok: false; readonly tool: string; readonly error: CaacToolError };
