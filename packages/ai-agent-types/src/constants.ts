/**
 * The marker that, anywhere in `reply_text`, asks CAAC to hand the conversation to a human agent.
 *
 * @example
 * reply_text: `Let me find a colleague for you. ${HUMAN_HANDOVER}`
 */
export const HUMAN_HANDOVER = '<HUMAN_HANDOVER>';

/**
 * The request format version this package understands (`version` in the request body).
 *
 * @example
 * if (request.version !== SUPPORTED_API_VERSION) throw new Error('unsupported version');
 */
export const SUPPORTED_API_VERSION = '1.0';

/**
 * How long CAAC waits for `reply_text`, in milliseconds. Answer well before it: a late answer is
 * no answer, and the end customer is left waiting.
 *
 * @example
 * const budgetMs = CAAC_DEADLINE_MS - 5_000;
 */
export const CAAC_DEADLINE_MS = 45_000;
